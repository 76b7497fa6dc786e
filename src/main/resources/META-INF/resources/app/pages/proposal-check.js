import { html } from 'lit';
import { VtElement } from '../lib/element.js';
import { t, pick } from '../lib/i18n.js';
import { api } from '../lib/api.js';
import { problemMessage, violationMessage } from '../lib/errors.js';
import { href } from '../lib/router.js';
import '../components/proposal-summary.js';
import '../components/status-tag.js';
import '../components/error-summary.js';
import '../components/document-uploader.js';
import '../components/dossier-checklist.js';

/**
 * "Check your answers" before submitting a draft: the proposal, its documents and the checklist, each with
 * a way back to change it; submitting with required documents missing asks for a confirmation first.
 */
export class ProposalCheck extends VtElement {
  static properties = {
    proposal: { state: true }, checklist: { state: true }, loadError: { state: true }, errors: { state: true },
    confirming: { state: true }, busy: { state: true }, submitted: { state: true },
  };

  constructor() {
    super();
    this.errors = [];
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      this.proposal = await api(`/api/proposals/${encodeURIComponent(this.params.id)}`);
      this.loadError = null;
    } catch (error) {
      this.loadError = problemMessage(error);
    }
  }

  get missing() {
    return (this.checklist?.items || []).filter((item) => item.required && !item.documents);
  }

  askOrSubmit() {
    this.errors = [];
    if (this.missing.length && !this.confirming) {
      this.confirming = true;
      this.updateComplete.then(() => this.querySelector('#confirm-title')?.focus());
      return;
    }
    this.submit();
  }

  cancel() {
    this.confirming = false;
    this.updateComplete.then(() => this.querySelector('#submit-button')?.focus());
  }

  async submit() {
    this.busy = true;
    try {
      this.proposal = await api(`/api/proposals/${this.proposal.id}/submit`, { method: 'POST' });
      this.submitted = true;
      this.confirming = false;
      this.updateComplete.then(() => this.querySelector('h1')?.focus());
    } catch (error) {
      const message = error.status === 400 && error.violations.length
        ? error.violations.map(violationMessage).join(' ') : problemMessage(error);
      this.errors = [{ field: null, message }];
      this.confirming = false;
    } finally {
      this.busy = false;
    }
  }

  change(path, what) {
    return html`<a href=${href(path)}>${t('proposalCheck.change')}<span class="visually-hidden"> ${what}</span></a>`;
  }

  render() {
    const p = this.proposal;
    const done = this.submitted;
    // One h1 in one place whatever the state, so the focus the shell gives it survives loading.
    return html`
      ${p && !done ? html`<p class="mb-1"><a href=${href(`/proposals/${p.id}/edit`)}>${t('proposalCheck.back')}</a></p>` : ''}
      <div class=${done ? 'confirmation-panel' : ''} data-testid=${done ? 'submitted' : 'check'}>
        <h1 tabindex="-1">${done ? t('proposalCheck.doneTitle') : t('proposalCheck.title')}</h1>
        ${done ? html`<p class="mb-0">${t('proposalCheck.doneStatus')} <vt-status-tag status=${p.status}></vt-status-tag></p>` : ''}
      </div>
      ${this.renderBody()}`;
  }

  renderBody() {
    if (this.loadError) return html`<div class="notice notice-error" role="alert">${this.loadError}</div>`;
    const p = this.proposal;
    if (!p) return html`<p role="status">${t('common.loading')}</p>`;
    if (this.submitted) return this.renderDone(p);
    const edit = `/proposals/${p.id}/edit`;
    const draft = p.status === 'DRAFT';
    return html`
      <p class="lead">${pick(p, 'title')}</p>
      ${draft ? '' : html`<div class="notice notice-info" role="status">${t('proposalCheck.notDraft')}
        <vt-status-tag status=${p.status}></vt-status-tag></div>`}
      <vt-error-summary .errors=${this.errors}></vt-error-summary>

      <section class="check-section" aria-labelledby="check-facts">
        <div class="d-flex justify-content-between align-items-baseline gap-3">
          <h2 id="check-facts" class="h4">${t('proposalCheck.facts')}</h2>
          ${draft ? this.change(edit, t('proposalCheck.facts')) : ''}
        </div>
        <vt-proposal-summary .proposal=${p}></vt-proposal-summary>
      </section>

      <section class="check-section" aria-labelledby="check-documents">
        <div class="d-flex justify-content-between align-items-baseline gap-3">
          <h2 id="check-documents" class="h4">${t('proposalCheck.documents')}</h2>
          ${draft ? this.change(`${edit}?focus=documents`, t('proposalCheck.documents')) : ''}
        </div>
        <vt-document-uploader .proposalId=${p.id} .documents=${p.documents || []}></vt-document-uploader>
      </section>

      <section class="check-section" aria-labelledby="check-checklist" ?hidden=${!this.checklist}>
        <div class="d-flex justify-content-between align-items-baseline gap-3">
          <h2 id="check-checklist" class="h4">${t('checklist.title')}</h2>
          ${draft ? this.change(`${edit}?focus=documents`, t('checklist.title')) : ''}
        </div>
        <vt-dossier-checklist .proposalId=${p.id} .level=${0} @checklist=${(e) => { this.checklist = e.detail; }}></vt-dossier-checklist>
      </section>

      ${draft ? this.renderSubmit() : ''}`;
  }

  renderSubmit() {
    const missing = this.missing;
    if (this.confirming) {
      return html`
        <section class="confirm-panel notice notice-warning mt-4" aria-labelledby="confirm-title" data-testid="confirm-missing">
          <h2 id="confirm-title" class="h4" tabindex="-1">${t('proposalCheck.confirmTitle')}</h2>
          <p>${t('proposalCheck.confirmText', { n: missing.length })}</p>
          <ul>${missing.map((item) => html`<li>${pick(item, 'label')}</li>`)}</ul>
          <p>${t('proposalCheck.confirmQuestion')}</p>
          <div class="d-flex flex-wrap gap-3">
            <button type="button" class="btn btn-primary" ?disabled=${this.busy} @click=${() => this.submit()}>${t('proposalCheck.confirmSubmit')}</button>
            <button type="button" class="btn btn-outline-secondary" @click=${this.cancel}>${t('proposalCheck.confirmCancel')}</button>
          </div>
        </section>`;
    }
    return html`
      <section class="mt-4" aria-labelledby="check-submit">
        <h2 id="check-submit" class="h4">${t('proposalCheck.submitTitle')}</h2>
        <p>${t('proposalCheck.submitText')}</p>
        <button id="submit-button" type="button" class="btn btn-success btn-lg" ?disabled=${this.busy}
          @click=${this.askOrSubmit}>${t('proposalCheck.submit')}</button>
        ${this.busy ? html`<span class="ms-2" role="status">${t('proposalCheck.submitting')}</span>` : ''}
      </section>`;
  }

  renderDone(p) {
    return html`
      <p>${t('proposalCheck.doneText')}</p>
      <ul class="list-unstyled">
        <li class="mb-2"><a href=${href(`/proposals/${p.id}`)}>${t('proposalCheck.viewProposal')}</a></li>
        <li><a href=${href('/proposals?mine=true')}>${t('proposalCheck.myProposals')}</a></li>
      </ul>`;
  }
}
customElements.define('vt-proposal-check', ProposalCheck);
