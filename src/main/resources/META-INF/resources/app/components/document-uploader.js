import { html, nothing } from 'lit';
import { VtElement } from '../lib/element.js';
import { t, pick } from '../lib/i18n.js';
import { api, upload, download } from '../lib/api.js';
import { problemMessage, violationMessage } from '../lib/errors.js';
import { formatBytes, formatDateTime, formatNumber } from '../lib/format.js';
import './error-summary.js';

/** The document types of a dossier (ProposalDocument.Type), in the order the law lists them. */
export const DOCUMENT_TYPES = ['REQUEST_LETTER', 'DONOR_COMMITMENT', 'PROJECT_DOCUMENT', 'GOODS_LIST', 'REGISTRATION_COPY',
  'TRANSLATION', 'OTHER'];
/** The service's limit (vientro.documents.max-size): 10 MiB. */
export const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPTED = {
  'application/pdf': '.pdf', 'image/jpeg': '.jpg,.jpeg', 'image/png': '.png',
  'application/msword': '.doc', 'application/vnd.ms-excel': '.xls',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': '.xlsx',
};
const ACCEPT = [...Object.keys(ACCEPTED), ...Object.values(ACCEPTED)].join(',');

let counter = 0;

/**
 * The dossier's documents: the list (download, delete) and, when the owner may change the dossier, an upload of
 * several files at once (from the picker or dropped on the zone), each with its own type, with a progress bar. Before
 * the proposal's first save the chosen files wait, and sending them asks `ensureProposal()` (given by the form) to save
 * the draft first: it answers the proposal's id, or null when the draft cannot be saved yet (the form says why).
 * Whether the proposal may still change is the API's decision: a 409 is shown as it comes. Fires `documents-changed`
 * after uploads or a deletion.
 * The same for other files kept as a dossier's are (a report's attachments): `collection` is their address and
 * `untyped` leaves out the type of each file.
 * proposalId (none before the first save), documents (initial list), editable, ensureProposal, collection, untyped
 */
export class DocumentUploader extends VtElement {
  static properties = {
    proposalId: { type: Number }, documents: { type: Array }, editable: { type: Boolean }, ensureProposal: { attribute: false },
    collection: { type: String }, untyped: { type: Boolean },
    pending: { state: true }, progress: { state: true }, summary: { state: true }, notice: { state: true },
    dragging: { state: true }, listError: { state: true },
  };

  constructor() {
    super();
    this.documents = [];
    this.pending = [];
    this.progress = null;
    this.summary = [];
    this.uid = `doc${++counter}`;
  }

  /** Where the files live: given, or the proposal's documents. */
  get base() {
    return this.collection || `/api/proposals/${this.proposalId}/documents`;
  }

  async reload() {
    try {
      this.documents = await api(this.base);
      this.listError = null;
    } catch (error) {
      this.listError = problemMessage(error);
    }
  }

  changed() {
    this.dispatchEvent(new CustomEvent('documents-changed', { bubbles: true, detail: this.documents }));
  }

  /** Adds chosen files to those waiting, each checked before sending (the server checks again, also the content). */
  choose(files) {
    this.notice = null;
    const added = [...(files || [])].map((file) => ({ key: ++counter, file, type: '', fileError: this.fileProblem(file) }));
    this.pending = [...this.pending, ...added];
    const input = this.querySelector(`#${this.uid}-file`);
    if (input) input.value = '';
  }

  fileProblem(file) {
    if (file.size > MAX_BYTES) return t('documents.error.tooLarge', { name: file.name, size: formatBytes(file.size) });
    if (!this.acceptable(file)) return t('documents.error.type', { name: file.name });
    if (file.size === 0) return t('documents.error.empty', { name: file.name });
    return null;
  }

  acceptable(file) {
    const name = file.name.toLowerCase();
    const extension = name.includes('.') ? name.slice(name.lastIndexOf('.')) : '';
    return (file.type && file.type in ACCEPTED) || Object.values(ACCEPTED).some((list) => list.split(',').includes(extension));
  }

  setType(row, type) {
    this.pending = this.pending.map((r) => (r === row ? { ...r, type } : r));
  }

  /** What is wrong with a waiting file: the file itself (here or at the service), or, once sending, its missing type. */
  rowError(row) {
    return row.fileError || (row.typeMissing && !row.type && !this.untyped ? t('documents.error.typeRequired') : null);
  }

  errorsOfRows() {
    return this.pending.filter((r) => this.rowError(r)).map((r) => ({ field: this.rowId(r), message: this.rowError(r) }));
  }

  drop(row) {
    this.pending = this.pending.filter((r) => r !== row);
    this.summary = this.summary.filter((e) => e.field !== this.rowId(row));
    this.updateComplete.then(() => this.querySelector(`#${this.uid}-file`)?.focus());
  }

  rowId(row) {
    return `${this.uid}-type-${row.key}`;
  }

  onDrop(event) {
    event.preventDefault();
    this.dragging = false;
    this.choose(event.dataTransfer?.files);
  }

  onDragOver(event) {
    event.preventDefault();
    this.dragging = true;
  }

  async send(event) {
    event?.preventDefault();
    this.notice = null;
    if (!this.pending.length) {
      this.summary = [{ field: `${this.uid}-file`, message: t('documents.error.fileRequired') }];
      return;
    }
    this.pending = this.pending.map((row) => ({ ...row, typeMissing: true }));
    this.summary = this.errorsOfRows();
    if (this.summary.length) return;
    if (!this.collection) {
      const id = this.proposalId || await this.ensureProposal?.();
      if (!id) {
        this.summary = [{ field: null, message: t('documents.error.draftNotSaved') }];
        return;
      }
      this.proposalId = id;
    }
    await this.uploadAll();
  }

  /** Uploads the waiting files one after another; a refused one stays, with the reason at its row. */
  async uploadAll() {
    const rows = this.pending;
    const uploaded = [];
    for (const [index, row] of rows.entries()) {
      const form = new FormData();
      if (!this.untyped) form.append('type', row.type);
      form.append('file', row.file, row.file.name.normalize('NFC'));
      this.progress = { index, total: rows.length, share: 0 };
      try {
        const created = await upload(this.base, form, (share) => {
          this.progress = { index, total: rows.length, share };
        });
        uploaded.push(created);
        this.documents = [...this.documents, created];
        this.pending = this.pending.filter((r) => r !== row);
      } catch (error) {
        this.pending = this.pending.map((r) => (r === row ? { ...r, fileError: this.uploadMessage(error, row.file) } : r));
      }
    }
    this.progress = null;
    this.summary = this.errorsOfRows();
    if (uploaded.length) {
      this.notice = { kind: 'success', text: uploaded.length === 1 ? t('documents.uploaded', { name: uploaded[0].filename })
        : t('documents.uploadedMany', { n: formatNumber(uploaded.length) }) };
      this.changed();
      if (!this.summary.length) this.updateComplete.then(() => this.querySelector(`#${this.uid}-notice`)?.focus());
    }
  }

  uploadMessage(error, file) {
    if (error.status === 413) return t('documents.error.tooLarge', { name: file.name, size: formatBytes(file.size) });
    if (error.status === 415) return t('documents.error.refusedType', { name: file.name });
    if (error.status === 400 && error.violations.length) {
      const v = error.violations[0];
      return v.field === 'type' ? t('documents.error.typeRequired') : `${file.name}: ${violationMessage(v)}`;
    }
    return `${file.name}: ${problemMessage(error)}`;
  }

  // not remove(): that is the DOM's, which Lit calls to take the element away
  async removeDocument(doc) {
    this.notice = null;
    try {
      await api(`${this.base}/${doc.id}`, { method: 'DELETE' });
      this.documents = this.documents.filter((d) => d.id !== doc.id);
      this.notice = { kind: 'success', text: t('documents.deleted', { name: doc.filename }) };
      this.changed();
      this.updateComplete.then(() => this.querySelector(`#${this.uid}-notice`)?.focus());
    } catch (error) {
      this.notice = { kind: 'error', text: problemMessage(error) };
    }
  }

  async fetchFile(doc) {
    try {
      await download(`${this.base}/${doc.id}`, {}, doc.filename);
    } catch (error) {
      this.notice = { kind: 'error', text: problemMessage(error) };
    }
  }

  render() {
    const p = this.uid;
    return html`
      <div id="${p}-notice" tabindex="-1" role="status">
        ${this.notice ? html`<div class="notice notice-${this.notice.kind}">${this.notice.text}</div>` : ''}
      </div>
      ${this.listError ? html`<div class="notice notice-error" role="alert">${this.listError}</div>` : ''}
      ${this.renderList()}
      ${this.editable ? this.renderUpload() : ''}`;
  }

  renderList() {
    if (!this.documents?.length) return html`<p data-testid="no-documents">${t('documents.none')}</p>`;
    return html`
      <div class="table-responsive">
        <table class="table align-middle documents-table">
          <caption>${t('documents.caption')}</caption>
          <thead><tr>
            ${this.untyped ? '' : html`<th scope="col">${t('documents.type')}</th>`}
            <th scope="col">${t('documents.file')}</th>
            <th scope="col" class="num">${t('documents.size')}</th>
            <th scope="col">${t('documents.uploadedAt')}</th>
            ${this.editable ? html`<th scope="col"><span class="visually-hidden">${t('documents.actions')}</span></th>` : ''}
          </tr></thead>
          <tbody>
            ${this.documents.map((d) => html`<tr>
              ${this.untyped ? '' : html`<td>${pick(d, 'typeLabel') || t(`documents.types.${d.type}`)}</td>`}
              <td><button type="button" class="btn btn-link p-0 text-start" @click=${() => this.fetchFile(d)}>
                ${d.filename}<span class="visually-hidden"> (${t('documents.download')})</span></button></td>
              <td class="num">${formatBytes(d.size)}</td>
              <td>${formatDateTime(d.uploadedAt)}</td>
              ${this.editable ? html`<td><button type="button" class="btn btn-outline-danger btn-sm" @click=${() => this.removeDocument(d)}>
                ${t('documents.delete')}<span class="visually-hidden"> ${d.filename}</span></button></td>` : ''}
            </tr>`)}
          </tbody>
        </table>
      </div>`;
  }

  renderUpload() {
    const p = this.uid;
    const fileError = this.summary.find((e) => e.field === `${p}-file`)?.message;
    const busy = this.progress !== null;
    return html`
      <form class="document-upload mt-3" novalidate @submit=${this.send}>
        <h3 class="h5">${t('documents.addTitle')}</h3>
        <vt-error-summary .errors=${this.summary}></vt-error-summary>
        <div class="mb-3 field ${fileError ? 'field-error' : ''}">
          <div class="drop-zone ${this.dragging ? 'dragging' : ''}" @dragover=${this.onDragOver}
            @dragleave=${() => { this.dragging = false; }} @drop=${this.onDrop}>
            <label class="form-label fw-semibold d-block" for="${p}-file">${t('documents.files')}</label>
            <div id="${p}-file-hint" class="form-text mt-0 mb-2">${t('documents.fileHint')}</div>
            ${fileError ? html`<div id="${p}-file-error" class="error-message">${fileError}</div>` : ''}
            <input class="form-control ${fileError ? 'is-invalid' : ''}" type="file" multiple id="${p}-file" accept=${ACCEPT}
              aria-describedby="${p}-file-hint${fileError ? ` ${p}-file-error` : ''}" ?disabled=${busy}
              @change=${(e) => this.choose(e.target.files)}>
          </div>
        </div>
        ${this.pending.length ? this.renderPending(busy) : ''}
        ${this.proposalId || this.collection ? '' : html`<p class="form-text" data-testid="saved-first">${t('documents.savedFirst')}</p>`}
        ${busy ? html`
          <div class="mb-3">
            <label class="form-label" for="${p}-progress">${t('documents.uploadingOf', { n: this.progress.index + 1, total: this.progress.total })}</label>
            <progress id="${p}-progress" class="upload-progress" max="100" value=${Math.round(this.progress.share * 100)}>
              ${Math.round(this.progress.share * 100)}%</progress>
          </div>` : ''}
        <button class="btn btn-primary" type="submit" ?disabled=${busy}>${this.pending.length > 1
          ? t('documents.uploadMany', { n: formatNumber(this.pending.length) }) : t('documents.upload')}</button>
      </form>`;
  }

  renderPending(busy) {
    return html`
      <div class="table-responsive">
        <table class="table align-middle pending-documents" data-testid="pending-documents">
          <caption>${t('documents.pendingCaption')}</caption>
          <thead><tr>
            <th scope="col">${t('documents.file')}</th>
            ${this.untyped ? '' : html`<th scope="col">${t('documents.type')}</th>`}
            <th scope="col"><span class="visually-hidden">${t('documents.actions')}</span></th>
          </tr></thead>
          <tbody>
            ${this.pending.map((row) => {
              const id = this.rowId(row);
              const error = this.rowError(row);
              // without a type to choose, the error summary leads to taking the refused file back
              if (this.untyped) {
                return html`<tr class=${error ? 'field-error' : ''}>
                  <td>${row.file.name} <span class="text-body-secondary">(${formatBytes(row.file.size)})</span>
                    ${error ? html`<div id="${id}-error" class="error-message" data-testid="upload-error">${error}</div>` : ''}</td>
                  <td><button type="button" class="btn btn-outline-secondary btn-sm" id=${id} ?disabled=${busy}
                    aria-describedby=${error ? `${id}-error` : nothing} @click=${() => this.drop(row)}>
                    ${t('documents.dropPending')}<span class="visually-hidden"> ${row.file.name}</span></button></td>
                </tr>`;
              }
              return html`<tr class=${error ? 'field-error' : ''}>
                <td>${row.file.name} <span class="text-body-secondary">(${formatBytes(row.file.size)})</span></td>
                <td>
                  <label class="visually-hidden" for=${id}>${t('documents.typeOf', { name: row.file.name })}</label>
                  ${error ? html`<div id="${id}-error" class="error-message" data-testid="upload-error">${error}</div>` : ''}
                  <select class="form-select input-doc-type ${error ? 'is-invalid' : ''}" id=${id} ?disabled=${busy}
                    aria-describedby=${error ? `${id}-error` : nothing} aria-invalid=${error ? 'true' : 'false'}
                    @change=${(e) => this.setType(row, e.target.value)}>
                    <option value="" ?selected=${!row.type}>${t('documents.chooseType')}</option>
                    ${DOCUMENT_TYPES.map((type) => html`<option value=${type} ?selected=${row.type === type}>${t(`documents.types.${type}`)}</option>`)}
                  </select>
                </td>
                <td><button type="button" class="btn btn-outline-secondary btn-sm" ?disabled=${busy} @click=${() => this.drop(row)}>
                  ${t('documents.dropPending')}<span class="visually-hidden"> ${row.file.name}</span></button></td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>`;
  }
}
customElements.define('vt-document-uploader', DocumentUploader);
