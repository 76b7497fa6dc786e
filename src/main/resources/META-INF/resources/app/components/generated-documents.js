import { html } from 'lit';
import { VtElement } from '../lib/element.js';
import { t } from '../lib/i18n.js';
import { download } from '../lib/api.js';
import { problemMessage } from '../lib/errors.js';
import { hasRole } from '../lib/session.js';

/** Who may download the drafted documents (GeneratedDocumentResource's @RolesAllowed). */
const READERS = ['officer', 'appraiser', 'approver', 'leadership', 'admin'];

/**
 * The documents drafted for a proposal in its status, as Word files: the kinds the API lists in the proposal's
 * {@code generatedDocuments} (after an approval, a refusal or a revocation); nothing before a decision.
 */
export class GeneratedDocuments extends VtElement {
  static properties = { proposal: { type: Object }, error: { state: true } };

  async downloadDraft(kind) {
    this.error = null;
    try {
      await download(`/api/proposals/${this.proposal.id}/documents/generated/${kind}`, null, `${kind}-${this.proposal.id}.docx`);
    } catch (error) {
      this.error = problemMessage(error);
    }
  }

  render() {
    const kinds = this.proposal?.generatedDocuments || [];
    if (!kinds.length || !hasRole(...READERS)) return html``;
    return html`
      <section class="mb-4" aria-labelledby="drafts-heading" data-testid="drafts">
        <h2 id="drafts-heading" class="h4">${t('proposalPage.drafts')}</h2>
        <p class="form-text mt-0">${t('proposalPage.draftsHint')}</p>
        ${this.error ? html`<div class="notice notice-error" role="alert">${this.error}</div>` : ''}
        <ul class="list-unstyled d-flex flex-wrap gap-2">
          ${kinds.map((kind) => html`<li><button type="button" class="btn btn-outline-secondary" data-testid="draft-${kind}"
            aria-label=${t('proposalPage.draftDownload', { name: t(`proposalPage.draft.${kind}`) })}
            @click=${() => this.downloadDraft(kind)}>${t(`proposalPage.draft.${kind}`)}</button></li>`)}
        </ul>
      </section>`;
  }
}
customElements.define('vt-generated-documents', GeneratedDocuments);
