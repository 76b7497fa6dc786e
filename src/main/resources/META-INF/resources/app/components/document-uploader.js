import { html, nothing } from 'lit';
import { VtElement } from '../lib/element.js';
import { t, pick } from '../lib/i18n.js';
import { api, upload, download } from '../lib/api.js';
import { problemMessage, violationMessage } from '../lib/errors.js';
import { formatBytes, formatDateTime } from '../lib/format.js';

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
 * The dossier's documents: the list (download, delete) and, when the owner may change the dossier, an upload
 * with a type, a file from the picker or dropped on the zone, and a progress bar. Whether the proposal may
 * still change is the API's decision: a 409 is shown as it comes. Fires `documents-changed` after an upload
 * or a deletion.
 * proposalId, documents (initial list), editable
 */
export class DocumentUploader extends VtElement {
  static properties = {
    proposalId: { type: Number }, documents: { type: Array }, editable: { type: Boolean },
    type: { state: true }, file: { state: true }, progress: { state: true }, errors: { state: true },
    notice: { state: true }, dragging: { state: true }, listError: { state: true },
  };

  constructor() {
    super();
    this.documents = [];
    this.type = '';
    this.file = null;
    this.progress = null;
    this.errors = {};
    this.uid = `doc${++counter}`;
  }

  async reload() {
    try {
      this.documents = await api(`/api/proposals/${this.proposalId}/documents`);
      this.listError = null;
    } catch (error) {
      this.listError = problemMessage(error);
    }
  }

  changed() {
    this.dispatchEvent(new CustomEvent('documents-changed', { bubbles: true, detail: this.documents }));
  }

  /** Checks a file before sending it (the server checks again, also its content). */
  choose(file) {
    this.notice = null;
    if (!file) {
      this.file = null;
      return;
    }
    this.file = file;
    const errors = { ...this.errors };
    delete errors.file;
    if (file.size > MAX_BYTES) errors.file = t('documents.error.tooLarge', { name: file.name, size: formatBytes(file.size) });
    else if (!this.acceptable(file)) errors.file = t('documents.error.type', { name: file.name });
    else if (file.size === 0) errors.file = t('documents.error.empty', { name: file.name });
    this.errors = errors;
  }

  acceptable(file) {
    const name = file.name.toLowerCase();
    const extension = name.includes('.') ? name.slice(name.lastIndexOf('.')) : '';
    return (file.type && file.type in ACCEPTED) || Object.values(ACCEPTED).some((list) => list.split(',').includes(extension));
  }

  onDrop(event) {
    event.preventDefault();
    this.dragging = false;
    const file = event.dataTransfer?.files?.[0];
    if (file) {
      const input = this.querySelector(`#${this.uid}-file`);
      try {
        input.files = event.dataTransfer.files;
      } catch {
        // older browsers cannot set files; the chosen file is kept in state anyway
      }
      this.choose(file);
    }
  }

  onDragOver(event) {
    event.preventDefault();
    this.dragging = true;
  }

  async send(event) {
    event.preventDefault();
    this.notice = null;
    const errors = {};
    if (!this.type) errors.type = t('documents.error.typeRequired');
    if (!this.file) errors.file = t('documents.error.fileRequired');
    else if (this.errors.file) errors.file = this.errors.file;
    this.errors = errors;
    if (Object.keys(errors).length) {
      this.querySelector(`#${this.uid}-${errors.type ? 'type' : 'file'}`)?.focus();
      return;
    }
    const form = new FormData();
    form.append('type', this.type);
    form.append('file', this.file, this.file.name.normalize('NFC'));
    this.progress = 0;
    try {
      const created = await upload(`/api/proposals/${this.proposalId}/documents`, form, (p) => { this.progress = p; });
      this.documents = [...this.documents, created];
      this.notice = { kind: 'success', text: t('documents.uploaded', { name: created.filename }) };
      this.file = null;
      this.type = '';
      const input = this.querySelector(`#${this.uid}-file`);
      if (input) input.value = '';
      this.changed();
    } catch (error) {
      this.errors = { file: this.uploadMessage(error) };
      this.querySelector(`#${this.uid}-file`)?.focus();
    } finally {
      this.progress = null;
    }
  }

  uploadMessage(error) {
    if (error.status === 413) return t('documents.error.tooLarge', { name: this.file.name, size: formatBytes(this.file.size) });
    if (error.status === 415) return t('documents.error.refusedType', { name: this.file.name });
    if (error.status === 400) {
      const v = error.violations[0];
      if (v?.field === 'type') return t('documents.error.typeRequired');
      return v ? violationMessage(v) : problemMessage(error);
    }
    return problemMessage(error);
  }

  async remove(doc) {
    this.notice = null;
    try {
      await api(`/api/proposals/${this.proposalId}/documents/${doc.id}`, { method: 'DELETE' });
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
      await download(`/api/proposals/${this.proposalId}/documents/${doc.id}`, {}, doc.filename);
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
            <th scope="col">${t('documents.type')}</th>
            <th scope="col">${t('documents.file')}</th>
            <th scope="col" class="num">${t('documents.size')}</th>
            <th scope="col">${t('documents.uploadedAt')}</th>
            ${this.editable ? html`<th scope="col"><span class="visually-hidden">${t('documents.actions')}</span></th>` : ''}
          </tr></thead>
          <tbody>
            ${this.documents.map((d) => html`<tr>
              <td>${pick(d, 'typeLabel') || t(`documents.types.${d.type}`)}</td>
              <td><button type="button" class="btn btn-link p-0 text-start" @click=${() => this.fetchFile(d)}>
                ${d.filename}<span class="visually-hidden"> (${t('documents.download')})</span></button></td>
              <td class="num">${formatBytes(d.size)}</td>
              <td>${formatDateTime(d.uploadedAt)}</td>
              ${this.editable ? html`<td><button type="button" class="btn btn-outline-danger btn-sm" @click=${() => this.remove(d)}>
                ${t('documents.delete')}<span class="visually-hidden"> ${d.filename}</span></button></td>` : ''}
            </tr>`)}
          </tbody>
        </table>
      </div>`;
  }

  renderUpload() {
    const p = this.uid;
    const typeError = this.errors.type;
    const fileError = this.errors.file;
    return html`
      <form class="document-upload mt-3" novalidate @submit=${this.send}>
        <h3 class="h5">${t('documents.addTitle')}</h3>
        <div class="mb-3 field ${typeError ? 'field-error' : ''}">
          <label class="form-label fw-semibold" for="${p}-type">${t('documents.type')}</label>
          ${typeError ? html`<div id="${p}-type-error" class="error-message">${typeError}</div>` : ''}
          <select class="form-select input-doc-type ${typeError ? 'is-invalid' : ''}" id="${p}-type"
            aria-describedby=${typeError ? `${p}-type-error` : nothing} aria-invalid=${typeError ? 'true' : 'false'}
            @change=${(e) => { this.type = e.target.value; }}>
            <option value="" ?selected=${!this.type}>${t('documents.chooseType')}</option>
            ${DOCUMENT_TYPES.map((type) => html`<option value=${type} ?selected=${this.type === type}>${t(`documents.types.${type}`)}</option>`)}
          </select>
        </div>
        <div class="mb-3 field ${fileError ? 'field-error' : ''}">
          <div class="drop-zone ${this.dragging ? 'dragging' : ''}" @dragover=${this.onDragOver}
            @dragleave=${() => { this.dragging = false; }} @drop=${this.onDrop}>
            <label class="form-label fw-semibold d-block" for="${p}-file">${t('documents.file')}</label>
            <div id="${p}-file-hint" class="form-text mt-0 mb-2">${t('documents.fileHint')}</div>
            ${fileError ? html`<div id="${p}-file-error" class="error-message" data-testid="upload-error">${fileError}</div>` : ''}
            <input class="form-control ${fileError ? 'is-invalid' : ''}" type="file" id="${p}-file" accept=${ACCEPT}
              aria-describedby="${p}-file-hint${fileError ? ` ${p}-file-error` : ''}" aria-invalid=${fileError ? 'true' : 'false'}
              @change=${(e) => this.choose(e.target.files?.[0])}>
            ${this.file && !fileError ? html`<p class="mb-0 mt-2">${t('documents.chosen', { name: this.file.name, size: formatBytes(this.file.size) })}</p>` : ''}
          </div>
        </div>
        ${this.progress !== null ? html`
          <div class="mb-3">
            <label class="form-label" for="${p}-progress">${t('documents.uploading')}</label>
            <progress id="${p}-progress" class="upload-progress" max="100" value=${Math.round(this.progress * 100)}>
              ${Math.round(this.progress * 100)}%</progress>
          </div>` : ''}
        <button class="btn btn-primary" type="submit" ?disabled=${this.progress !== null}>${t('documents.upload')}</button>
      </form>`;
  }
}
customElements.define('vt-document-uploader', DocumentUploader);
