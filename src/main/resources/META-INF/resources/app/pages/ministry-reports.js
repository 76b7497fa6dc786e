import { html } from 'lit';
import { VtElement } from '../lib/element.js';
import { t, language } from '../lib/i18n.js';
import { api, download } from '../lib/api.js';
import { problemMessage } from '../lib/errors.js';
import { hasRole } from '../lib/session.js';
import { formatDate } from '../lib/format.js';
import { href } from '../lib/router.js';

/**
 * The province's annual reports to the Ministry of Finance (Decree 80/2020 Art. 13(9)), year by year: when each is
 * due, whether and how it was sent, its workbook and covering letter, and for officers the open step that sends it.
 */
export class MinistryReportsPage extends VtElement {
  static properties = { overview: { state: true }, failure: { state: true }, downloadError: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      this.overview = await api('/api/reports/ministry');
      this.failure = null;
    } catch (error) {
      this.failure = problemMessage(error);
    }
  }

  async fetch(year, part) {
    this.downloadError = null;
    try {
      await download(`/api/reports/ministry/${year}/${part}`, part === 'workbook' ? { lang: language() } : null,
        `${part}-${year}.${part === 'workbook' ? 'xlsx' : 'docx'}`);
    } catch (error) {
      this.downloadError = problemMessage(error);
    }
  }

  render() {
    const next = this.overview?.nextStart;
    return html`
      <h1 tabindex="-1">${t('ministryReports.title')}</h1>
      <p class="lead fs-6">${t('ministryReports.intro')}</p>
      ${next ? html`<p data-testid="next-report">${t('ministryReports.next', { year: this.overview.nextYear, date: formatDate(next) })}</p>` : ''}
      ${this.failure ? html`<div class="notice notice-error" role="alert">${this.failure}</div>` : ''}
      ${this.downloadError ? html`<div class="notice notice-error" role="alert">${this.downloadError}</div>` : ''}
      ${this.overview ? this.renderYears() : (this.failure ? '' : html`<p role="status">${t('common.loading')}</p>`)}`;
  }

  tag(y) {
    if (y.sentOn) return html`<strong class="tag tag-green">${t('ministryReports.sent')}</strong>`;
    if (y.overdue) return html`<strong class="tag tag-red">${t('ministryReports.overdue')}</strong>`;
    return html`<strong class="tag tag-blue">${t('ministryReports.toSend')}</strong>`;
  }

  renderYears() {
    const years = this.overview.years;
    if (!years.length) return html`<p>${t('ministryReports.none')}</p>`;
    const officer = hasRole('officer');
    return html`
      <div class="table-responsive">
        <table class="table align-middle table-cards ministry-reports-table">
          <caption class="visually-hidden">${t('ministryReports.title')}</caption>
          <thead><tr>
            <th scope="col">${t('ministryReports.year')}</th>
            <th scope="col" class="text-nowrap">${t('ministryReports.state')}</th>
            <th scope="col">${t('ministryReports.due')}</th>
            <th scope="col">${t('ministryReports.sending')}</th>
            <th scope="col">${t('ministryReports.documents')}</th>
          </tr></thead>
          <tbody>
            ${years.map((y) => html`<tr data-testid="ministry-report-${y.year}">
              <th scope="row">${y.year}</th>
              <td data-label=${t('ministryReports.state')}>${this.tag(y)}</td>
              <td data-label=${t('ministryReports.due')}>${formatDate(y.dueAt)}</td>
              <td data-label=${t('ministryReports.sending')}>${y.sentOn
                ? t('ministryReports.sentLine', { date: formatDate(y.sentOn), via: t(`ministryReports.via.${y.sentVia}`), by: y.sentBy })
                : (officer && y.taskId
                  ? html`<a href=${href(`/tasks/${y.taskId}`)}>${t('ministryReports.openTask')}<span class="visually-hidden">
                      ${t('ministryReports.ofYear', { year: y.year })}</span></a>`
                  : t('ministryReports.notSent'))}</td>
              <td data-label=${t('ministryReports.documents')}>
                <ul class="list-unstyled mb-0">
                  ${['workbook', 'letter'].map((part) => html`<li><button type="button" class="btn btn-link p-0 text-start text-nowrap"
                    @click=${() => this.fetch(y.year, part)}>${t(`ministryReports.${part}`)}<span class="visually-hidden">
                    ${t('ministryReports.ofYear', { year: y.year })}</span></button></li>`)}
                </ul></td>
            </tr>`)}
          </tbody>
        </table>
      </div>`;
  }
}
customElements.define('vt-ministry-reports-page', MinistryReportsPage);
