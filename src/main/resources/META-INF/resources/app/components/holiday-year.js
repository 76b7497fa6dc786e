import { html } from 'lit';
import { VtElement } from '../lib/element.js';
import { t, pick } from '../lib/i18n.js';
import { api } from '../lib/api.js';
import { problemMessage, violationMessage } from '../lib/errors.js';
import { formatDate } from '../lib/format.js';
import { yearField } from './form.js';
import './error-summary.js';

const KIND_COLOURS = { FIXED: 'blue', LUNAR: 'purple', COMPENSATORY: 'grey', DECIDED: 'orange' };

/**
 * The days off of a chosen year as GET /api/holidays?year= lists them: the ones the law's rules give and the
 * decisions entered above, each with its kind as a tag; a day decided to be worked says so.
 */
export class HolidayYear extends VtElement {
  static properties = {
    year: { state: true },
    typed: { state: true },
    days: { state: true },
    error: { state: true },
    loadError: { state: true },
  };

  constructor() {
    super();
    this.year = new Date().getFullYear();
    this.typed = String(this.year);
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  /** Called again by the admin page when a decision was added, changed or deleted. */
  async load() {
    try {
      this.days = await api(`/api/holidays?year=${this.year}`);
      this.loadError = null;
    } catch (error) {
      this.loadError = error.problem?.violations?.length ? violationMessage(error.problem.violations[0]) : problemMessage(error);
    }
  }

  show(event) {
    event.preventDefault();
    const year = Number(this.typed.trim());
    if (!/^\d{4}$/.test(this.typed.trim()) || year < 1900 || year > 2100) {
      this.error = t('admin.holidayYear.yearError');
      return;
    }
    this.error = null;
    this.year = year;
    this.load();
  }

  render() {
    return html`
      <h2 class="h4 mt-4" id="holiday-year-title">${t('admin.holidayYear.title')}</h2>
      <p>${t('admin.holidayYear.intro')}</p>
      ${this.error ? html`<vt-error-summary .errors=${[{ field: 'holiday-year', message: this.error }]}></vt-error-summary>` : ''}
      <form class="d-flex align-items-end gap-3" novalidate @submit=${this.show}>
        ${yearField({ id: 'holiday-year', label: t('admin.holidayYear.year'), value: this.typed, error: this.error,
          onInput: (value) => { this.typed = value; } })}
        <button type="submit" class="btn btn-secondary mb-3">${t('admin.holidayYear.show')}</button>
      </form>
      ${this.loadError ? html`<p class="error-message" role="alert">${this.loadError}</p>` : ''}
      ${this.days ? this.renderDays() : ''}`;
  }

  renderDays() {
    return html`
      <div class="table-responsive">
        <table class="table align-middle">
          <caption>${t('admin.holidayYear.caption', { year: this.year })}</caption>
          <thead><tr>
            <th scope="col">${t('admin.holidays.day')}</th>
            <th scope="col">${t('admin.holidayYear.kind')}</th>
            <th scope="col">${t('admin.holidayYear.name')}</th>
            <th scope="col">${t('admin.holidayYear.source')}</th>
          </tr></thead>
          <tbody>${this.days.map((d) => html`<tr>
            <td>${formatDate(d.day)}</td>
            <td><strong class="tag tag-${KIND_COLOURS[d.kind] || 'grey'}">${t(`admin.holidayKind.${d.kind}`)}</strong>
              ${d.dayOff ? '' : html` <strong class="tag tag-green">${t('admin.holidays.worked')}</strong>`}</td>
            <td>${pick(d, 'name')}</td>
            <td>${t(`admin.holidaySource.${d.source}`)}</td>
          </tr>`)}</tbody>
        </table>
      </div>`;
  }
}
customElements.define('vt-holiday-year', HolidayYear);
