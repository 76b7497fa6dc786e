import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import { VtElement } from '../lib/element.js';
import { t, tOr } from '../lib/i18n.js';
import { api } from '../lib/api.js';
import { problemMessage, violationMessage } from '../lib/errors.js';
import { formatNumber } from '../lib/format.js';
import './error-summary.js';

/**
 * A CSV import, all lines or none: paste the text or choose a file (its text is shown for checking), send it
 * as text/csv; every bad line comes back with its line, column and reason, shown in a table. Fires
 * `imported` after a successful import so the list above reloads.
 * Properties: key (ids), endpoint, header (the expected first line), example (a data line).
 */
export class CsvImport extends VtElement {
  static properties = {
    key: { type: String }, endpoint: { type: String }, header: { type: String }, example: { type: String },
    text: { state: true }, lineErrors: { state: true }, errors: { state: true }, result: { state: true }, busy: { state: true },
  };

  constructor() {
    super();
    this.text = '';
    this.lineErrors = [];
    this.errors = [];
  }

  async choose(event) {
    const file = event.target.files?.[0];
    if (!file) return;
    this.text = await file.text();
    this.result = null;
  }

  async submit(event) {
    event.preventDefault();
    const id = `${this.key}-csv`;
    this.result = null;
    this.lineErrors = [];
    if (!this.text.trim()) {
      this.errors = [{ field: id, message: t('admin.csv.empty') }];
      return;
    }
    this.errors = [];
    this.busy = true;
    try {
      const answer = await api(this.endpoint, { method: 'POST', body: this.text });
      this.result = t('admin.csv.imported', { n: formatNumber(answer?.imported ?? 0) });
      this.dispatchEvent(new CustomEvent('imported', { bubbles: true }));
      await this.updateComplete;
      this.querySelector('.csv-result')?.focus();
    } catch (error) {
      const lines = Array.isArray(error.problem?.errors) ? error.problem.errors : [];
      this.lineErrors = lines;
      this.errors = [{ field: id, message: lines.length ? t('admin.csv.failed', { n: formatNumber(lines.length) })
        : (error.violations.length ? violationMessage(error.violations[0]) : problemMessage(error)) }];
    } finally {
      this.busy = false;
    }
  }

  render() {
    const id = `${this.key}-csv`;
    const error = this.errors[0]?.message;
    return html`
      <form class="csv-import" novalidate @submit=${this.submit}>
        <h2 class="h3">${t('admin.csv.title')}</h2>
        <p>${t('admin.csv.intro')}</p>
        <p class="mb-1">${t('admin.csv.headerIs')}</p>
        <pre class="csv-sample"><code>${this.header}\n${this.example}</code></pre>
        ${this.result ? html`<div class="notice notice-success csv-result" role="status" tabindex="-1">${this.result}</div>` : ''}
        <vt-error-summary .errors=${this.errors}></vt-error-summary>
        ${this.lineErrors.length ? html`
          <div class="table-responsive">
            <table class="table table-sm csv-errors">
              <caption>${t('admin.csv.errorsCaption')}</caption>
              <thead><tr>
                <th scope="col" class="num">${t('admin.csv.line')}</th>
                <th scope="col">${t('admin.csv.column')}</th>
                <th scope="col">${t('admin.csv.reason')}</th>
              </tr></thead>
              <tbody>${this.lineErrors.map((e) => html`<tr>
                <td class="num">${e.row}</td>
                <td>${e.column === '*' ? t('admin.csv.wholeFile') : tOr(`admin.column.${e.column}`, e.column)}</td>
                <td>${violationMessage(e)}</td>
              </tr>`)}</tbody>
            </table>
          </div>` : ''}
        <div class="mb-3">
          <label class="form-label fw-semibold" for="${id}-file">${t('admin.csv.file')}</label>
          <input class="form-control" type="file" id="${id}-file" accept=".csv,text/csv,text/plain" @change=${this.choose}>
        </div>
        <div class="mb-3 field ${error ? 'field-error' : ''}">
          <label class="form-label fw-semibold" for=${id}>${t('admin.csv.text')}</label>
          <div id="${id}-hint" class="form-text mt-0 mb-1">${t('admin.csv.textHint')}</div>
          ${error ? html`<div id="${id}-error" class="error-message">${error}</div>` : ''}
          <textarea class="form-control font-monospace ${error ? 'is-invalid' : ''}" id=${id} rows="6" spellcheck="false"
            aria-describedby="${id}-hint${error ? ` ${id}-error` : ''}" .value=${live(this.text)}
            @input=${(e) => { this.text = e.target.value; }}></textarea>
        </div>
        <button class="btn btn-primary" type="submit" ?disabled=${this.busy}>${t('admin.csv.submit')}</button>
      </form>`;
  }
}
customElements.define('vt-csv-import', CsvImport);
