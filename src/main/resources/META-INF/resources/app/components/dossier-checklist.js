import { html } from 'lit';
import { VtElement } from '../lib/element.js';
import { t, pick } from '../lib/i18n.js';
import { api } from '../lib/api.js';
import { problemMessage } from '../lib/errors.js';

/**
 * The documents the law expects for the proposal's kind of aid (GOV.UK task list): each with "Đã có" or
 * "Còn thiếu". Reads /api/proposals/{id}/checklist; where the service has no checklist (404) it shows nothing.
 * Fires `checklist` with the checklist (or null) each time it loads.
 * proposalId; level: 2 or 3 for its own heading, 0 when the page gives it one (default 3)
 */
export class DossierChecklist extends VtElement {
  static properties = { proposalId: { type: Number }, checklist: { state: true }, error: { state: true }, level: { type: Number } };

  constructor() {
    super();
    this.checklist = null;
    this.level = 3;
  }

  updated(changed) {
    if (changed.has('proposalId') && this.proposalId) this.load();
  }

  async load() {
    try {
      this.checklist = await api(`/api/proposals/${this.proposalId}/checklist`);
      this.error = null;
    } catch (error) {
      this.checklist = null;
      this.error = error.status === 404 ? null : problemMessage(error);
    }
    this.dispatchEvent(new CustomEvent('checklist', { bubbles: true, detail: this.checklist }));
  }

  render() {
    if (this.error) return html`<div class="notice notice-error" role="alert">${this.error}</div>`;
    const c = this.checklist;
    if (!c?.items?.length) return html``;
    const missing = c.items.filter((i) => i.required && !i.documents);
    const title = t('checklist.title');
    return html`
      <div class="dossier-checklist mb-4" data-testid="checklist">
        ${this.level === 2 ? html`<h2 class="h4" id="checklist-title">${title}</h2>` : ''}
        ${this.level === 3 ? html`<h3 class="h5" id="checklist-title">${title}</h3>` : ''}
        <p class="mb-2" role="status">${c.complete ? t('checklist.complete')
          : t('checklist.missing', { n: missing.length, total: c.items.filter((i) => i.required).length })}</p>
        <ul class="task-list" aria-label=${title}>
          ${c.items.map((item) => html`
            <li>
              <span>${pick(item, 'label')}
                <span class="form-text d-block mt-0">${item.required ? t('checklist.required') : t('checklist.optional')}</span></span>
              ${item.documents
                ? html`<strong class="tag tag-green">${t('checklist.present')}${item.documents > 1 ? ` (${item.documents})` : ''}</strong>`
                : html`<strong class="tag ${item.required ? 'tag-red' : 'tag-grey'}">${item.required ? t('checklist.absent') : t('checklist.none')}</strong>`}
            </li>`)}
        </ul>
      </div>`;
  }
}
customElements.define('vt-dossier-checklist', DossierChecklist);
