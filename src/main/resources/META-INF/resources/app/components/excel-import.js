import { html } from 'lit';
import { VtElement } from '../lib/element.js';
import { t, tOr } from '../lib/i18n.js';
import { download, upload } from '../lib/api.js';
import { problemMessage, violationMessage } from '../lib/errors.js';
import { formatNumber } from '../lib/format.js';
import './error-summary.js';

/**
 * The import of earlier projects and their disbursements from the Excel template: download the template,
 * choose the filled-in file, upload it (all or nothing); every error is listed by sheet, row and column.
 */
export class ExcelImport extends VtElement {
  static properties = {
    file: { state: true }, progress: { state: true }, busy: { state: true }, errors: { state: true },
    cellErrors: { state: true }, result: { state: true },
  };

  constructor() {
    super();
    this.errors = [];
    this.cellErrors = [];
  }

  async template() {
    try {
      await download('/api/import/template', {}, 'mau-nhap-du-an.xlsx');
    } catch (error) {
      this.errors = [{ field: null, message: problemMessage(error) }];
    }
  }

  async submit(event) {
    event.preventDefault();
    this.result = null;
    this.cellErrors = [];
    if (!this.file) {
      this.errors = [{ field: 'import-file', message: t('admin.excel.fileRequired') }];
      return;
    }
    this.errors = [];
    const form = new FormData();
    form.append('file', this.file, this.file.name);
    this.busy = true;
    this.progress = 0;
    try {
      const answer = await upload('/api/import', form, (share) => { this.progress = share; });
      this.result = t('admin.excel.imported', { projects: formatNumber(answer.projects), disbursements: formatNumber(answer.disbursements) });
      await this.updateComplete;
      this.querySelector('.excel-result')?.focus();
    } catch (error) {
      const cells = Array.isArray(error.problem?.errors) ? error.problem.errors : [];
      this.cellErrors = cells;
      this.errors = [{ field: 'import-file', message: cells.length ? t('admin.excel.failed', { n: formatNumber(cells.length) })
        : (error.violations.length ? violationMessage(error.violations[0]) : problemMessage(error)) }];
    } finally {
      this.busy = false;
      this.progress = null;
    }
  }

  render() {
    const error = this.errors.find((e) => e.field === 'import-file')?.message;
    return html`
      <h2 class="h3">${t('admin.excel.templateTitle')}</h2>
      <p>${t('admin.excel.templateText')}</p>
      <p><button type="button" class="btn btn-outline-secondary" @click=${this.template}>${t('admin.excel.download')}</button></p>
      <form novalidate @submit=${this.submit}>
        <h2 class="h3">${t('admin.excel.uploadTitle')}</h2>
        ${this.result ? html`<div class="notice notice-success excel-result" role="status" tabindex="-1">${this.result}</div>` : ''}
        <vt-error-summary .errors=${this.errors}></vt-error-summary>
        ${this.cellErrors.length ? html`
          <div class="table-responsive">
            <table class="table table-sm excel-errors">
              <caption>${t('admin.excel.errorsCaption')}</caption>
              <thead><tr>
                <th scope="col">${t('admin.excel.sheet')}</th>
                <th scope="col" class="num">${t('admin.excel.row')}</th>
                <th scope="col">${t('admin.excel.column')}</th>
                <th scope="col">${t('admin.excel.reason')}</th>
              </tr></thead>
              <tbody>${this.cellErrors.map((e) => html`<tr>
                <td>${e.sheet}</td>
                <td class="num">${e.row}</td>
                <td>${e.column === '*' ? t('admin.excel.wholeRow') : tOr(`admin.column.${e.column}`, e.column)}
                  <span class="text-body-secondary">(${e.column})</span></td>
                <td>${violationMessage(e)}</td>
              </tr>`)}</tbody>
            </table>
          </div>` : ''}
        <div class="mb-3 field ${error ? 'field-error' : ''}">
          <label class="form-label fw-semibold" for="import-file">${t('admin.excel.file')}</label>
          <div id="import-file-hint" class="form-text mt-0 mb-1">${t('admin.excel.fileHint')}</div>
          ${error ? html`<div id="import-file-error" class="error-message">${error}</div>` : ''}
          <input class="form-control ${error ? 'is-invalid' : ''}" type="file" id="import-file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby="import-file-hint${error ? ' import-file-error' : ''}"
            @change=${(e) => { this.file = e.target.files?.[0] || null; }}>
        </div>
        ${this.progress !== null && this.progress !== undefined ? html`
          <div class="mb-3"><label class="form-label" for="import-progress">${t('admin.excel.progress')}</label>
            <progress id="import-progress" class="w-100" max="1" .value=${this.progress}></progress></div>` : ''}
        <button class="btn btn-primary" type="submit" ?disabled=${this.busy}>${t('admin.excel.submit')}</button>
      </form>`;
  }
}
customElements.define('vt-excel-import', ExcelImport);
