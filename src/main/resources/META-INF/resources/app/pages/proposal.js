import { html } from 'lit';
import { VtElement } from '../lib/element.js';
import { t, pick } from '../lib/i18n.js';
import { api, download } from '../lib/api.js';
import { problemMessage } from '../lib/errors.js';
import { formatDate, formatDateTime, formatBytes } from '../lib/format.js';
import { session, hasRole } from '../lib/session.js';
import { href } from '../lib/router.js';
import { processLabels } from '../lib/bpmn-labels.js';
import '../components/proposal-summary.js';
import '../components/dossier-checklist.js';
import { PROJECT_STATUSES } from '../components/status-tag.js';
import '../components/timeline.js';
import '../components/process-diagram.js';
import '../components/signed-decision.js';
import '../components/decision-dispatch.js';
import '../components/generated-documents.js';
import { recordFields, agencyNamer } from '../components/step-records.js';

const TASK_ROLES = ['officer', 'appraiser', 'consultee', 'approver'];
/** Who is offered the link to the project's page. */
const PROJECT_READERS = ['officer', 'appraiser', 'approver', 'leadership', 'admin'];
/** The statuses of a decision the province sends (the approval or the refusal), whose dispatch the page shows. */
const DECIDED = ['APPROVED', 'REJECTED'];
/** Not part of the dossier: the scan of the decision as signed, shown in its own section. */
const SIGNED_DECISION = 'SIGNED_DECISION';
const OPINION_COLOURS = { PENDING: 'grey', AGREE: 'green', AGREE_WITH_CONDITIONS: 'yellow', DISAGREE: 'red', NO_OPINION: 'orange' };

/**
 * One proposal for everyone allowed to see it: summary and status, what the consulted agencies said (with the
 * fields of their answers), the dossier's checklist and documents, what each step recorded, where it stands in the
 * process (diagram) and what happened so far (timeline), with the actions this user may take from here.
 */
export class ProposalPage extends VtElement {
  static properties = {
    proposal: { state: true }, failure: { state: true }, timeline: { state: true }, diagram: { state: true },
    tasks: { state: true }, agencies: { state: true }, partFailures: { state: true }, downloadError: { state: true },
    records: { state: true }, dispatch: { state: true },
  };

  connectedCallback() {
    super.connectedCallback();
    this.partFailures = {};
    this.load();
  }

  get id() {
    return this.params?.id;
  }

  async load() {
    try {
      this.proposal = await api(`/api/proposals/${encodeURIComponent(this.id)}`);
      this.failure = null;
    } catch (error) {
      this.failure = error;
      return;
    }
    const part = (name, promise) => promise.then((value) => { this[name] = value; })
      .catch((error) => { this.partFailures = { ...this.partFailures, [name]: problemMessage(error) }; });
    await Promise.all([
      part('timeline', api(`/api/proposals/${this.id}/timeline`)),
      part('diagram', api(`/api/proposals/${this.id}/diagram`)),
      part('records', api(`/api/proposals/${this.id}/records`)),
      part('dispatch', DECIDED.includes(this.proposal.status) ? api(`/api/proposals/${this.id}/dispatches`) : Promise.resolve(null)),
      part('tasks', hasRole(...TASK_ROLES) ? api('/api/tasks', { query: { proposalId: this.id, size: 50 } }).then((page) => page.items)
        : Promise.resolve([])),
      // Agency names for the opinions; without them the codes still say who answered.
      api('/api/org-units').then((units) => { this.agencies = units; }).catch(() => { this.agencies = []; }),
    ]);
  }

  get labels() {
    if (this.labelsFor !== this.diagram?.bpmnXml) {
      this.labelsFor = this.diagram?.bpmnXml;
      this.cachedLabels = processLabels(this.labelsFor);
    }
    return this.cachedLabels;
  }

  /**
   * The open steps with their due dates when the diagram does not list them: from this user's tasks and the
   * agencies still to answer.
   */
  fallbackOpenSteps() {
    const d = this.diagram;
    if (!d || Array.isArray(d.openSteps)) return [];
    return (d.activeActivityIds || []).filter((id) => this.labels.steps[id]?.type === 'userTask').map((id) => {
      const task = (this.tasks || []).find((candidate) => candidate.key === id);
      const pending = id === 'giveOpinion'
        ? (this.proposal.opinions || []).filter((o) => o.outcome === 'PENDING' && o.dueAt).map((o) => o.dueAt).sort()
        : [];
      return { activityId: id, ...this.labels.steps[id], dueAt: task?.dueAt || pending[0] || null, overdue: task?.overdue };
    });
  }

  async downloadDocument(doc) {
    this.downloadError = null;
    try {
      await download(`/api/proposals/${this.id}/documents/${doc.id}`, null, doc.filename);
    } catch (error) {
      this.downloadError = problemMessage(error);
    }
  }

  get agencyName() {
    return agencyNamer(this.agencies);
  }

  render() {
    if (this.failure) return this.renderFailure();
    const p = this.proposal;
    if (!p) return html`<h1 tabindex="-1">${t('proposalPage.title')}</h1><p role="status">${t('common.loading')}</p>`;
    return html`
      <p class="caption mb-1">${t('proposalPage.caption', { id: p.id })} · ${t(`kind.${p.kind}`)}</p>
      <h1 tabindex="-1">${pick(p, 'title')}</h1>
      <p class="d-flex flex-wrap align-items-center gap-2 mb-3">
        <span>${t('proposal.status')}:</span> <vt-status-tag status=${p.status} data-testid="status"></vt-status-tag>
        ${p.decision ? html`<span data-testid="decision">${t('proposalPage.decision', {
          number: p.decision.number, date: formatDate(p.decision.date), signer: p.decision.signer || '' })}</span>` : ''}
      </p>
      ${this.renderActions()}
      <vt-generated-documents .proposal=${p}></vt-generated-documents>
      ${p.status === 'APPROVED' ? html`<vt-signed-decision .proposalId=${p.id} @vt-changed=${() => this.load()}
        .document=${(p.documents || []).find((d) => d.type === SIGNED_DECISION) || null}></vt-signed-decision>` : ''}
      <vt-decision-dispatch .dispatch=${this.dispatch}></vt-decision-dispatch>
      <section class="mb-4" aria-labelledby="summary-heading">
        <h2 id="summary-heading" class="h4">${t('proposalPage.summary')}</h2>
        <vt-proposal-summary .proposal=${p}></vt-proposal-summary>
      </section>
      ${this.renderOpinions()}
      <section class="mb-4" aria-labelledby="checklist-heading">
        <h2 id="checklist-heading" class="h4">${t('checklist.title')}</h2>
        <vt-dossier-checklist .proposalId=${p.id} .level=${0}></vt-dossier-checklist>
      </section>
      ${this.renderDocuments()}
      <section class="mb-4" aria-labelledby="records-heading">
        <h2 id="records-heading" class="h4">${t('proposalPage.records')}</h2>
        ${this.partFailures.records ? html`<div class="notice notice-error" role="alert">${this.partFailures.records}</div>`
          : this.records ? html`<vt-step-records .records=${this.records} .agencies=${this.agencies}></vt-step-records>`
            : html`<p role="status">${t('common.loading')}</p>`}
      </section>
      <section class="mb-4" aria-labelledby="diagram-heading">
        <h2 id="diagram-heading" class="h4">${t('proposalPage.process')}</h2>
        ${this.partFailures.diagram ? html`<div class="notice notice-error" role="alert">${this.partFailures.diagram}</div>`
          : this.diagram ? html`<vt-process-diagram .diagram=${this.diagram} .fallbackOpenSteps=${this.fallbackOpenSteps()}></vt-process-diagram>`
            : html`<p role="status">${t('common.loading')}</p>`}
      </section>
      <section class="mb-4" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading" class="h4">${t('proposalPage.timeline')}</h2>
        ${this.partFailures.timeline ? html`<div class="notice notice-error" role="alert">${this.partFailures.timeline}</div>`
          : this.timeline ? html`<vt-timeline .entries=${this.timeline} .labels=${this.labels}></vt-timeline>`
            : html`<p role="status">${t('common.loading')}</p>`}
      </section>`;
  }

  renderFailure() {
    const forbidden = this.failure.status === 403;
    const missing = this.failure.status === 404;
    return html`
      <h1 tabindex="-1">${forbidden ? t('proposalPage.forbiddenTitle') : missing ? t('proposalPage.notFoundTitle') : t('proposalPage.title')}</h1>
      <div class="notice notice-error" role="alert" data-testid="page-error">
        ${forbidden ? t('proposalPage.forbidden') : problemMessage(this.failure)}
        ${forbidden && hasRole('consultee') ? ` ${t('proposalPage.forbiddenConsultee')}` : ''}
      </div>
      <p><a href=${href('/proposals')}>${t('proposalPage.backToList')}</a></p>`;
  }

  renderActions() {
    const p = this.proposal;
    const me = session()?.username;
    const links = [];
    if (p.status === 'DRAFT' && p.owner === me && hasRole('officer')) {
      links.push(html`<a class="btn btn-primary" href=${href(`/proposals/${p.id}/edit`)}>${t('proposalPage.edit')}</a>`);
      links.push(html`<a class="btn btn-outline-secondary" href=${href(`/proposals/${p.id}/check`)}>${t('proposalPage.checkAndSubmit')}</a>`);
    }
    for (const task of this.tasks || []) {
      links.push(html`<a class="btn btn-primary" href=${href(`/tasks/${task.id}`)} data-testid="task-link">${t('proposalPage.openTask', { name: pick(task, 'name') })}</a>`);
    }
    if (PROJECT_STATUSES.includes(p.status) && hasRole(...PROJECT_READERS)) {
      links.push(html`<a class="btn btn-outline-secondary" href=${href(`/projects/${p.id}`)}>${t('proposalPage.project')}</a>`);
    }
    const taskFailure = this.partFailures.tasks;
    if (!links.length && !taskFailure) return '';
    return html`
      <nav class="proposal-actions d-flex flex-wrap gap-2 mb-4" aria-label=${t('proposalPage.actions')}>${links}</nav>
      ${taskFailure ? html`<div class="notice notice-warning" role="status">${t('proposalPage.tasksFailed', { reason: taskFailure })}</div>` : ''}`;
  }

  renderOpinions() {
    const opinions = this.proposal.opinions || [];
    return html`
      <section class="mb-4" aria-labelledby="opinions-heading">
        <h2 id="opinions-heading" class="h4">${t('proposalPage.opinions')}</h2>
        ${!opinions.length ? html`<p>${t('proposalPage.noOpinions')}</p>` : html`
          <div class="table-responsive">
            <table class="table align-middle table-stack">
              <caption class="visually-hidden">${t('proposalPage.opinions')}</caption>
              <thead><tr>
                <th scope="col">${t('proposalPage.agency')}</th>
                <th scope="col">${t('proposalPage.opinionOutcome')}</th>
                <th scope="col">${t('proposalPage.opinionComment')}</th>
                <th scope="col">${t('proposalPage.requestedAt')}</th>
                <th scope="col">${t('proposalPage.dueAt')}</th>
                <th scope="col">${t('proposalPage.answeredBy')}</th>
              </tr></thead>
              <tbody>
                ${opinions.map((o) => html`<tr data-testid="opinion">
                  <td data-label=${t('proposalPage.agency')}>${this.agencyName(o.agency)}</td>
                  <td data-label=${t('proposalPage.opinionOutcome')}><strong class="tag tag-${OPINION_COLOURS[o.outcome] || 'grey'}">${t(`proposalPage.opinion.${o.outcome}`)}</strong></td>
                  <td data-label=${t('proposalPage.opinionComment')}>${this.answer(o)}</td>
                  <td data-label=${t('proposalPage.requestedAt')}>${formatDate(o.requestedAt)}</td>
                  <td data-label=${t('proposalPage.dueAt')}>${formatDate(o.dueAt)}</td>
                  <td data-label=${t('proposalPage.answeredBy')}>${o.answeredBy ? html`${o.answeredBy}<div class="form-text mt-0">${formatDateTime(o.answeredAt)}</div>` : '—'}</td>
                </tr>`)}
              </tbody>
            </table>
          </div>`}
      </section>`;
  }

  /** An agency's answer: the fields its step recorded (conditions, reasons) and its comment. */
  answer(opinion) {
    const record = (this.records || []).find((r) => r.taskId && r.taskId === opinion.taskId);
    if (record) return recordFields(record, this.agencyName) || '—';
    return opinion.comment ? html`<span class="pre-line">${opinion.comment}</span>` : '—';
  }

  renderDocuments() {
    const documents = (this.proposal.documents || []).filter((d) => d.type !== SIGNED_DECISION);
    return html`
      <section class="mb-4" aria-labelledby="documents-heading">
        <h2 id="documents-heading" class="h4">${t('proposalPage.documents')}</h2>
        ${this.downloadError ? html`<div class="notice notice-error" role="alert">${this.downloadError}</div>` : ''}
        ${!documents.length ? html`<p>${t('proposalPage.noDocuments')}</p>` : html`
          <div class="table-responsive">
            <table class="table align-middle table-stack">
              <caption class="visually-hidden">${t('proposalPage.documents')}</caption>
              <thead><tr>
                <th scope="col">${t('proposalPage.documentType')}</th>
                <th scope="col">${t('proposalPage.fileName')}</th>
                <th scope="col" class="num">${t('proposalPage.fileSize')}</th>
                <th scope="col">${t('proposalPage.uploaded')}</th>
                <th scope="col"><span class="visually-hidden">${t('proposalPage.download')}</span></th>
              </tr></thead>
              <tbody>
                ${documents.map((doc) => html`<tr data-testid="document">
                  <td data-label=${t('proposalPage.documentType')}>${pick(doc, 'typeLabel')}</td>
                  <td data-label=${t('proposalPage.fileName')} class="text-break">${doc.filename}</td>
                  <td data-label=${t('proposalPage.fileSize')} class="num">${formatBytes(doc.size)}</td>
                  <td data-label=${t('proposalPage.uploaded')}>${doc.uploadedBy}<div class="form-text mt-0">${formatDateTime(doc.uploadedAt)}</div></td>
                  <td><button type="button" class="btn btn-sm btn-outline-secondary" @click=${() => this.downloadDocument(doc)}
                    aria-label=${t('proposalPage.downloadFile', { name: doc.filename })}>${t('proposalPage.download')}</button></td>
                </tr>`)}
              </tbody>
            </table>
          </div>`}
      </section>`;
  }
}
customElements.define('vt-proposal-page', ProposalPage);
