import { html } from 'lit';
import { VtElement } from '../lib/element.js';
import { t, pick } from '../lib/i18n.js';
import { api } from '../lib/api.js';
import { problemMessage, violationMessage } from '../lib/errors.js';
import { formatNumber } from '../lib/format.js';
import { numberOf } from '../lib/number.js';
import { href } from '../lib/router.js';
import { textField, numberField } from '../components/form.js';
import '../components/error-summary.js';

const emptyRow = () => ({ id: null, nameVi: '', nameEn: '', unit: '', baseline: '', target: '' });
const FIELDS = ['nameVi', 'nameEn', 'unit', 'baseline', 'target'];

/** The element a server violation's field names, e.g. [1].unit -> indicator-1-unit; the first row's name for the list. */
function elementOf(field) {
  const row = /^\[(\d+)]\.(\w+)$/.exec(field || '');
  if (row && FIELDS.includes(row[2])) return `indicator-${row[1]}-${row[2]}`;
  if (row) return `indicator-${row[1]}-nameVi`;
  return null;
}

/**
 * A project's results indicators, defined by the officer (Decree 80/2020 Art. 14(4)): each with its Vietnamese and
 * English name, unit, baseline and target; the aid owner gives each one's actual value in every report. The whole
 * list is saved at once; one already reported on stays (the service says so).
 */
export class IndicatorsPage extends VtElement {
  static properties = {
    project: { state: true }, rows: { state: true }, errors: { state: true }, summary: { state: true },
    failure: { state: true }, message: { state: true }, busy: { state: true },
  };

  constructor() {
    super();
    this.rows = [];
    this.errors = {};
    this.summary = [];
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      const [project, indicators] = await Promise.all([
        api(`/api/proposals/${this.params.id}`),
        api(`/api/projects/${this.params.id}/indicators`),
      ]);
      this.project = project;
      this.rows = indicators.length ? indicators.map((i) => ({ id: i.id, nameVi: i.nameVi, nameEn: i.nameEn || '', unit: i.unit,
        baseline: formatNumber(i.baseline), target: formatNumber(i.target) })) : [emptyRow()];
      this.failure = null;
    } catch (error) {
      this.failure = problemMessage(error);
    }
  }

  render() {
    return html`
      <p class="mb-1"><a href=${href(`/projects/${this.params.id}`)}>${t('indicators.back')}</a></p>
      <h1 tabindex="-1">${t('indicators.title')}</h1>
      ${this.project ? html`<p class="lead">${pick(this.project, 'title')}</p>` : ''}
      ${this.failure ? html`<div class="notice notice-error" role="alert">${this.failure}</div>` : ''}
      <div id="indicators-message" tabindex="-1">${this.message
        ? html`<div class="notice notice-success" role="status">${this.message}</div>` : ''}</div>
      ${this.project ? this.renderForm() : (this.failure ? '' : html`<p role="status">${t('common.loading')}</p>`)}`;
  }

  renderForm() {
    return html`
      <p>${t('indicators.intro')}</p>
      <vt-error-summary .errors=${this.summary}></vt-error-summary>
      <form novalidate @submit=${this.save}>
        ${this.rows.map((row, i) => html`
          <fieldset class="mb-4 indicator-row" data-testid="indicator-row-${i}">
            <legend class="h5">${t('indicators.row', { n: i + 1 })}</legend>
            ${textField({ id: `indicator-${i}-nameVi`, label: t('indicators.nameVi'), value: row.nameVi, required: true,
              maxLength: 300, error: this.errors[`indicator-${i}-nameVi`], onInput: (v) => this.set(i, 'nameVi', v) })}
            ${textField({ id: `indicator-${i}-nameEn`, label: t('indicators.nameEn'), hint: t('indicators.nameEnHint'),
              value: row.nameEn, maxLength: 300, error: this.errors[`indicator-${i}-nameEn`], onInput: (v) => this.set(i, 'nameEn', v) })}
            <div class="row g-3">
              <div class="col-sm-4">${textField({ id: `indicator-${i}-unit`, label: t('indicators.unit'), hint: t('indicators.unitHint'),
                value: row.unit, required: true, maxLength: 50, width: 'input-short', error: this.errors[`indicator-${i}-unit`],
                onInput: (v) => this.set(i, 'unit', v) })}</div>
              <div class="col-sm-4">${numberField({ id: `indicator-${i}-baseline`, label: t('indicators.baseline'),
                hint: t('indicators.baselineHint'), value: row.baseline, required: true,
                error: this.errors[`indicator-${i}-baseline`], onInput: (v) => this.set(i, 'baseline', v) })}</div>
              <div class="col-sm-4">${numberField({ id: `indicator-${i}-target`, label: t('indicators.target'),
                hint: t('indicators.targetHint'), value: row.target, required: true,
                error: this.errors[`indicator-${i}-target`], onInput: (v) => this.set(i, 'target', v) })}</div>
            </div>
            <button type="button" class="btn btn-outline-secondary btn-sm" @click=${() => this.removeRow(i)}>
              ${t('indicators.remove')}<span class="visually-hidden"> ${row.nameVi || t('indicators.row', { n: i + 1 })}</span></button>
          </fieldset>`)}
        <p><button type="button" class="btn btn-secondary" @click=${this.addRow}>${t('indicators.add')}</button></p>
        <button class="btn btn-primary" type="submit" ?disabled=${this.busy}>${t('indicators.save')}</button>
      </form>`;
  }

  set(i, name, value) {
    this.rows = this.rows.map((r, j) => (j === i ? { ...r, [name]: value } : r));
  }

  addRow() {
    this.rows = [...this.rows, emptyRow()];
    const i = this.rows.length - 1;
    this.updateComplete.then(() => this.querySelector(`#indicator-${i}-nameVi`)?.focus());
  }

  // not remove(): that is the DOM's, which Lit calls to take the page away
  removeRow(i) {
    this.rows = this.rows.filter((_, j) => j !== i);
    this.showErrors({});
  }

  /** What the page itself can tell is wrong, by element id. */
  validate() {
    const errors = {};
    const names = new Set();
    this.rows.forEach((row, i) => {
      const name = row.nameVi.trim();
      if (!name) errors[`indicator-${i}-nameVi`] = t('indicators.error.nameVi', { n: i + 1 });
      else if (names.has(name)) errors[`indicator-${i}-nameVi`] = t('indicators.error.twice', { name });
      names.add(name);
      if (!row.unit.trim()) errors[`indicator-${i}-unit`] = t('indicators.error.unit', { n: i + 1 });
      if (numberOf(row.baseline) === null) errors[`indicator-${i}-baseline`] = t('indicators.error.baseline', { n: i + 1 });
      if (numberOf(row.target) === null) errors[`indicator-${i}-target`] = t('indicators.error.target', { n: i + 1 });
    });
    return errors;
  }

  showErrors(errors, other = []) {
    this.errors = errors;
    this.summary = [...Object.entries(errors).map(([field, message]) => ({ field, message })),
      ...other.map((message) => ({ field: null, message }))];
  }

  async save(event) {
    event.preventDefault();
    this.message = null;
    const errors = this.validate();
    this.showErrors(errors);
    if (Object.keys(errors).length) return;
    this.busy = true;
    try {
      const saved = await api(`/api/projects/${this.params.id}/indicators`, { method: 'PUT', body: this.rows.map((row) => ({
        id: row.id, nameVi: row.nameVi.normalize('NFC').trim(), nameEn: row.nameEn.normalize('NFC').trim() || null,
        unit: row.unit.normalize('NFC').trim(), baseline: numberOf(row.baseline), target: numberOf(row.target),
      })) });
      this.rows = saved.map((i) => ({ id: i.id, nameVi: i.nameVi, nameEn: i.nameEn || '', unit: i.unit,
        baseline: formatNumber(i.baseline), target: formatNumber(i.target) }));
      this.message = t('indicators.saved', { n: formatNumber(saved.length) });
      this.updateComplete.then(() => this.querySelector('#indicators-message')?.focus());
    } catch (error) {
      const byField = {};
      const other = [];
      error.violations?.forEach((v) => {
        const id = elementOf(v.field);
        if (id && !byField[id]) byField[id] = violationMessage(v);
        else other.push(violationMessage(v));
      });
      if (!error.violations?.length) other.push(problemMessage(error));
      this.showErrors(byField, other);
    } finally {
      this.busy = false;
    }
  }
}
customElements.define('vt-indicators-page', IndicatorsPage);
