import { html } from 'lit';
import { VtElement } from '../lib/element.js';
import { t } from '../lib/i18n.js';
import { api, download } from '../lib/api.js';
import { problemMessage } from '../lib/errors.js';
import { formatBytes, formatDateTime } from '../lib/format.js';
import { hasRole } from '../lib/session.js';

/** Who may upload the signed scan (PUT /api/proposals/{id}/signed-decision). */
const UPLOADERS = ['approver', 'officer'];

/**
 * The decision as signed (a scan, the proposal's official decision document), apart from the drafts: the file with
 * its checksum, and for the approver and the officer a form to upload it or replace it. Fires `vt-changed` after an upload.
 * proposalId; document: the SIGNED_DECISION document or null.
 */
export class SignedDecision extends VtElement {
  static properties = { proposalId: {}, document: { attribute: false }, error: { state: true }, busy: { state: true },
    notice: { state: true } };

  async upload(event) {
    event.preventDefault();
    const input = this.querySelector('#signed-decision-file');
    this.notice = null;
    if (!input.files.length) {
      this.error = t('signedDecision.chooseFile');
      return;
    }
    const form = new FormData();
    form.append('file', input.files[0]);
    this.busy = true;
    try {
      await api(`/api/proposals/${this.proposalId}/signed-decision`, { method: 'PUT', body: form });
      this.error = null;
      this.notice = t('signedDecision.uploaded');
      input.value = '';
      this.dispatchEvent(new CustomEvent('vt-changed', { bubbles: true, composed: true }));
    } catch (error) {
      this.error = problemMessage(error);
    } finally {
      this.busy = false;
    }
  }

  async fetchFile() {
    try {
      await download(`/api/proposals/${this.proposalId}/documents/${this.document.id}`, null, this.document.filename);
    } catch (error) {
      this.error = problemMessage(error);
    }
  }

  render() {
    const doc = this.document;
    return html`
      <section class="mb-4" aria-labelledby="signed-decision-heading" data-testid="signed-decision">
        <h2 id="signed-decision-heading" class="h4">${t('signedDecision.title')}</h2>
        <div aria-live="polite">${this.notice ? html`<div class="notice notice-success" role="status">${this.notice}</div>` : ''}</div>
        ${doc ? html`<p data-testid="signed-decision-file">
            <button type="button" class="btn btn-link p-0" @click=${this.fetchFile}>${doc.filename}</button>
            · ${formatBytes(doc.size)} · ${doc.uploadedBy}, ${formatDateTime(doc.uploadedAt)}<br>
            <span class="form-text mt-0 text-break">SHA-256: ${doc.sha256}</span></p>`
          : html`<p>${t('signedDecision.none')}</p>`}
        ${hasRole(...UPLOADERS) ? html`
          <form novalidate @submit=${this.upload} class="mb-2">
            <div class="mb-3 field ${this.error ? 'field-error' : ''}">
              <label class="form-label fw-semibold" for="signed-decision-file">${doc ? t('signedDecision.replace') : t('signedDecision.upload')}</label>
              <div id="signed-decision-file-hint" class="form-text mt-0 mb-1">${t('signedDecision.hint')}</div>
              ${this.error ? html`<div id="signed-decision-file-error" class="error-message" role="alert">${this.error}</div>` : ''}
              <input class="form-control" type="file" id="signed-decision-file" accept="application/pdf,image/jpeg,image/png"
                aria-describedby="signed-decision-file-hint${this.error ? ' signed-decision-file-error' : ''}">
            </div>
            <button type="submit" class="btn btn-outline-primary" ?disabled=${this.busy}>${t('signedDecision.submit')}</button>
          </form>` : ''}
      </section>`;
  }
}
customElements.define('vt-signed-decision', SignedDecision);
