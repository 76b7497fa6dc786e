import { html } from 'lit';
import { VtElement } from '../lib/element.js';
import { t, pick } from '../lib/i18n.js';
import { api, download } from '../lib/api.js';
import { problemMessage } from '../lib/errors.js';
import { formatDate, formatDateTime, formatNumber, formatBytes, parseDate, today } from '../lib/format.js';
import { session } from '../lib/session.js';
import { href, navigate } from '../lib/router.js';
import { fieldLabel } from '../lib/bpmn-labels.js';
import { radios, textArea, textField, dateField, selectField } from '../components/form.js';
import { flashInbox, inboxPath, taskTitle } from './inbox.js';
import '../components/error-summary.js';
import '../components/proposal-summary.js';
import '../components/dossier-checklist.js';
import '../components/task-flags.js';
import '../components/task-deadline.js';
import '../components/step-records.js';
import '../components/report-summary.js';

/** Short texts (a decision number, a signer) get one line; longer ones a text area. */
const ONE_LINE = 200;
const COMMENT_MAX = 4000;

const fieldId = (name) => `field-${name}`;
/** How a decision is sent (the API's Dispatch.Method), in the order offered. */
const DISPATCH_METHODS = ['NATIONAL_DOCUMENT_SYSTEM', 'EMAIL', 'POST'];
const lineId = (name, i, part) => `${fieldId(name)}-${i}-${part}`;
const isGone = (error) => error?.status === 409 || error?.status === 404;

/**
 * One task: the proposal it is about (or, for a step of an aid owner's report, that report), what the earlier steps the step declares it shows recorded (above the form),
 * and a form built only from what the process declares for the step (its outcomes, a single one chosen already, and
 * each outcome's fields with their labels, types, whether required and their lengths). Nothing here knows a step, an
 * outcome or a field by name, so a new one in the BPMN shows up without a change.
 */
export class TaskPage extends VtElement {
  static properties = {
    task: { state: true }, proposal: { state: true }, units: { state: true }, outcome: { state: true },
    values: { state: true }, comment: { state: true }, errors: { state: true }, gone: { state: true },
    loadError: { state: true }, busy: { state: true }, notice: { state: true },
  };

  constructor() {
    super();
    this.values = {};
    this.comment = '';
    this.errors = [];
    this.units = [];
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  get me() {
    return session()?.username;
  }

  async load() {
    let task;
    try {
      task = await api(`/api/tasks/${encodeURIComponent(this.params.id)}`);
      this.loadError = null;
    } catch (error) {
      if (isGone(error)) this.gone = true;
      else this.loadError = problemMessage(error);
      return;
    }
    const needsAgencies = task.outcomes.some((o) => o.fields.some((f) => f.type === 'AGENCIES'))
      || task.earlier.length > 0;
    const [proposal, units] = await Promise.allSettled([
      // a report's step shows its report, not the proposal behind the project
      task.proposal && task.reportObligationId == null ? api(`/api/proposals/${task.proposal.id}`) : Promise.resolve(null),
      needsAgencies ? api('/api/org-units') : Promise.resolve([]),
    ]);
    if (proposal.status === 'fulfilled') this.proposal = proposal.value;
    else this.loadError = problemMessage(proposal.reason);
    if (units.status === 'fulfilled') this.units = units.value;
    else this.loadError = problemMessage(units.reason);
    // Shown only now, all at once: records that grow when the agencies' names arrive would move the form
    // under the user's pointer (a click meant for one outcome landing on another).
    // Nothing to choose between: the one outcome is the answer (its fields still have to be filled in).
    if (task.outcomes.length === 1) this.outcome = task.outcomes[0].id;
    this.task = task;
  }

  /** The agencies one may consult today. */
  get agencies() {
    const day = today();
    return this.units.filter((u) => (u.workflowRoles || '').split(',').includes('consultee')
      && (!u.validFrom || u.validFrom <= day) && (!u.validTo || u.validTo >= day));
  }


  get chosen() {
    return this.task?.outcomes.find((o) => o.id === this.outcome);
  }

  setValue(name, value) {
    this.values = { ...this.values, [name]: value };
  }

  validate() {
    const errors = [];
    if (!this.chosen) {
      errors.push({ field: 'outcome', message: t('task.chooseOutcome') });
      return errors;
    }
    for (const field of this.chosen.fields) {
      const label = fieldLabel(field);
      const value = this.values[field.name];
      if (field.type === 'DISPATCHES') {
        errors.push(...this.dispatchErrors(field));
        continue;
      }
      const blank = value === undefined || value === null || (Array.isArray(value) ? !value.length : !String(value).trim());
      if (blank) {
        if (field.required) {
          errors.push({ field: fieldId(field.name), message: t(field.type === 'AGENCIES' ? 'task.chooseAgencies' : 'task.required', { label }) });
        }
      } else if (field.type === 'DATE' && !parseDate(value)) {
        errors.push({ field: fieldId(field.name), message: t('task.badDate', { label }) });
      } else if (field.type === 'TEXT' && field.maxLength && String(value).trim().length > field.maxLength) {
        errors.push({ field: fieldId(field.name), message: t('task.tooLong', { label, n: formatNumber(field.maxLength) }) });
      }
    }
    if (this.comment.length > COMMENT_MAX) errors.push({ field: 'comment', message: t('task.commentTooLong', { n: formatNumber(COMMENT_MAX) }) });
    return errors;
  }

  /** A dispatches field's lines, one per recipient the process names, as typed so far. */
  dispatchLines(field) {
    return this.values[field.name] || field.options.map((o) => ({ recipient: o.code, method: '', sentOn: '' }));
  }

  dispatchErrors(field) {
    const errors = [];
    this.dispatchLines(field).forEach((line, i) => {
      const recipient = pick(field.options.find((o) => o.code === line.recipient), 'label');
      if (!line.method) errors.push({ field: lineId(field.name, i, 'method'), message: t('task.dispatch.chooseMethod', { recipient }) });
      if (!String(line.sentOn).trim()) errors.push({ field: lineId(field.name, i, 'sentOn'), message: t('task.dispatch.enterDate', { recipient }) });
      else if (!parseDate(line.sentOn)) errors.push({ field: lineId(field.name, i, 'sentOn'), message: t('task.dispatch.badDate', { recipient }) });
    });
    return errors;
  }

  body() {
    const fields = {};
    for (const field of this.chosen.fields) {
      const value = this.values[field.name];
      if (value === undefined || value === null) continue;
      if (field.type === 'DATE') fields[field.name] = value.trim() ? parseDate(value) : null;
      else if (field.type === 'AGENCIES') fields[field.name] = value;
      else if (field.type === 'DISPATCHES') {
        fields[field.name] = value.map((line) => ({ recipient: line.recipient, method: line.method, sentOn: parseDate(line.sentOn) }));
      }
      else fields[field.name] = String(value).trim();
    }
    return { outcome: this.outcome, comment: this.comment.trim() || null, fields };
  }

  async submit(event) {
    event.preventDefault();
    this.errors = this.validate();
    if (this.errors.length) return;
    this.busy = true;
    try {
      // An unclaimed task is completed as it is: a refused answer leaves it unclaimed, as it was.
      await api(`/api/tasks/${this.task.id}/complete`, { method: 'POST', body: this.body() });
      flashInbox(t('task.completed', { step: pick(this.task, 'name'), title: taskTitle(this.task),
        outcome: pick(this.chosen, 'label') }));
      navigate(inboxPath());
    } catch (error) {
      this.failed(error);
    } finally {
      this.busy = false;
    }
  }

  failed(error) {
    if (isGone(error)) {
      this.gone = true;
      this.errors = [];
      return;
    }
    if (error.violations?.length) {
      const fields = this.chosen?.fields || [];
      const names = ['outcome', 'comment', ...fields.map((f) => f.name)];
      const { byField, other } = error.fieldErrors(names);
      this.errors = [
        ...Object.entries(byField).map(([name, detail]) => {
          const label = name === 'outcome' ? t('task.outcome') : name === 'comment' ? t('task.comment')
            : fieldLabel(fields.find((f) => f.name === name));
          const field = name === 'outcome' || name === 'comment' ? name : fieldId(name);
          return { field, message: t('task.rejected', { label, detail }) };
        }),
        ...other.map((message) => ({ field: null, message })),
      ];
      return;
    }
    this.errors = [{ field: null, message: problemMessage(error) }];
  }

  async claim(action) {
    this.busy = true;
    try {
      if (action === 'claim') {
        this.task = await api(`/api/tasks/${this.task.id}/claim`, { method: 'POST' });
        this.notice = t('task.claimedByYou');
      } else {
        await api(`/api/tasks/${this.task.id}/unclaim`, { method: 'POST' });
        this.task = { ...this.task, assignee: null };
        this.notice = t('task.unclaimedByYou');
      }
      this.errors = [];
    } catch (error) {
      if (isGone(error) && action === 'claim') this.gone = true;
      else this.errors = [{ field: null, message: problemMessage(error) }];
    } finally {
      this.busy = false;
    }
  }

  render() {
    if (this.gone) {
      return html`
        <h1 tabindex="-1">${this.task ? pick(this.task, 'name') : t('task.title')}</h1>
        <div class="notice notice-warning" role="alert" data-testid="task-gone">
          <p class="mb-2">${t('task.gone')}</p>
          <a href=${href(inboxPath())}>${t('task.backToInbox')}</a>
        </div>
        ${this.comment.trim() ? html`<h2 class="h5">${t('task.yourComment')}</h2>
          <blockquote class="notice" data-testid="kept-comment">${this.comment}</blockquote>` : ''}`;
    }
    if (this.loadError && !this.task) {
      return html`<h1 tabindex="-1">${t('task.title')}</h1>
        <div class="notice notice-error" role="alert">${this.loadError}</div>
        <p><a href=${href(inboxPath())}>${t('task.backToInbox')}</a></p>`;
    }
    if (!this.task) return html`<h1 tabindex="-1">${t('task.title')}</h1><p role="status">${t('common.loading')}</p>`;
    const task = this.task;
    return html`
      <p class="mb-1"><a href=${href(inboxPath())}>${t('task.backToInbox')}</a></p>
      <h1 tabindex="-1">${pick(task, 'name')}</h1>
      <p class="lead">${taskTitle(task)}</p>
      ${this.loadError ? html`<div class="notice notice-error" role="alert">${this.loadError}</div>` : ''}
      ${this.renderFacts()}
      <div class="row g-4">
        <div class="col-lg-7">
          ${task.earlier.length ? html`<section class="mb-4" aria-labelledby="task-earlier-title" data-testid="task-earlier">
            <h2 id="task-earlier-title" class="h4">${t('task.earlier')}</h2>
            <vt-step-records .records=${task.earlier} .agencies=${this.units}></vt-step-records>
          </section>` : ''}
          <section aria-labelledby="task-form-title">
            <h2 id="task-form-title" class="h4">${t('task.formTitle')}</h2>
            ${this.renderClaim()}
            ${task.editsProposal && this.proposal?.owner === this.me ? html`
              <p><a class="btn btn-outline-primary" href=${href(`/proposals/${task.proposal.id}/edit`)}>${t('task.editProposal')}</a></p>` : ''}
            ${this.renderForm()}
          </section>
        </div>
        ${task.reportObligationId != null ? html`<section class="col-lg-5" aria-labelledby="task-report-title">
          <h2 id="task-report-title" class="h4">${t('task.report')}</h2>
          <vt-report-summary .obligationId=${task.reportObligationId}></vt-report-summary>
        </section>` : !task.proposal ? this.renderDownloads() : html`<section class="col-lg-5" aria-labelledby="task-proposal-title">
          <h2 id="task-proposal-title" class="h4">${t('task.proposal')}</h2>
          ${this.proposal ? html`
            <vt-proposal-summary .proposal=${this.proposal}></vt-proposal-summary>
            <p><a href=${href(`/proposals/${task.proposal.id}`)}>${t('task.proposalPage')}</a></p>
            ${this.renderDocuments()}
            <vt-dossier-checklist .proposalId=${task.proposal.id}></vt-dossier-checklist>` : html`<p role="status">${t('common.loading')}</p>`}
        </section>`}
      </div>`;
  }

  renderFacts() {
    const task = this.task;
    const assignee = task.assignee ? (task.assignee === this.me ? t('task.you') : task.assignee) : t('inbox.unassigned');
    return html`
      <dl class="summary-list task-facts">
        <div><dt>${t('task.due')}</dt><dd>${task.dueAt ? formatDateTime(task.dueAt) : '—'} <vt-task-flags .task=${task}></vt-task-flags><vt-task-deadline .deadline=${task.deadline}></vt-task-deadline></dd></div>
        ${task.escalatedAt ? html`<div><dt>${t('task.escalatedAt')}</dt><dd>${formatDateTime(task.escalatedAt)}</dd></div>` : ''}
        <div><dt>${t('task.createdAt')}</dt><dd>${formatDateTime(task.createdAt)}</dd></div>
        <div><dt>${t('task.assignee')}</dt><dd data-testid="task-assignee">${assignee}</dd></div>
      </dl>`;
  }

  renderClaim() {
    const task = this.task;
    return html`
      <div aria-live="polite">${this.notice ? html`<div class="notice notice-success" role="status">${this.notice}</div>` : ''}</div>
      ${!task.assignee ? html`
        <div class="notice d-flex flex-wrap align-items-center gap-2">
          <span class="me-auto">${t('task.unclaimedHint')}</span>
          <button type="button" class="btn btn-outline-primary btn-sm" ?disabled=${this.busy} @click=${() => this.claim('claim')}>${t('inbox.claim')}</button>
        </div>` : ''}
      ${task.assignee === this.me ? html`
        <div class="d-flex flex-wrap align-items-center gap-2 mb-3">
          <span class="me-auto">${t('task.yours')}</span>
          ${task.shared ? html`<button type="button" class="btn btn-outline-secondary btn-sm" ?disabled=${this.busy}
            @click=${() => this.claim('unclaim')}>${t('inbox.unclaim')}</button>` : ''}
        </div>` : ''}`;
  }

  renderForm() {
    const task = this.task;
    const error = (field) => this.errors.find((e) => e.field === field)?.message;
    return html`
      <vt-error-summary .errors=${this.errors}></vt-error-summary>
      <form novalidate @submit=${this.submit} class="task-form">
        ${radios({ id: 'outcome', label: t('task.outcome'), value: this.outcome, error: error('outcome'),
          options: task.outcomes.map((o) => ({ value: o.id, label: pick(o, 'label') })),
          onInput: (v) => { this.outcome = v; } })}
        ${this.chosen?.fields.map((field) => this.renderField(field, error(fieldId(field.name))))}
        ${textArea({ id: 'comment', label: t('task.comment'), hint: t('task.commentHint', { n: formatNumber(COMMENT_MAX) }),
          value: this.comment, maxLength: COMMENT_MAX, error: error('comment'), rows: 3, onInput: (v) => { this.comment = v; } })}
        <button class="btn btn-primary btn-lg" type="submit" ?disabled=${this.busy}>${t('task.complete')}</button>
      </form>`;
  }

  renderField(field, error) {
    const id = fieldId(field.name);
    const label = field.required ? fieldLabel(field) : `${fieldLabel(field)} ${t('task.optional')}`;
    const value = this.values[field.name];
    const onInput = (v) => this.setValue(field.name, v);
    if (field.type === 'DATE') {
      return dateField({ id, label, hint: t('task.dateHint'), value, error, required: field.required, onInput });
    }
    if (field.type === 'AGENCIES') return this.renderAgencies(field, id, label, value || [], error);
    if (field.type === 'DISPATCHES') return this.renderDispatches(field, id, label, error);
    if (field.type === 'CHOICE') {
      return radios({ id, label, value, error, onInput,
        options: field.options.map((o) => ({ value: o.code, label: pick(o, 'label') })) });
    }
    const hint = t('task.maxLength', { n: formatNumber(field.maxLength) });
    return field.maxLength && field.maxLength <= ONE_LINE
      ? textField({ id, label, hint, value, error, required: field.required, maxLength: field.maxLength, onInput })
      : textArea({ id, label, hint, value, error, required: field.required, maxLength: field.maxLength || undefined, onInput });
  }

  renderAgencies(field, id, label, chosen, error) {
    const toggle = (code, on) => this.setValue(field.name, on ? [...chosen, code] : chosen.filter((c) => c !== code));
    const described = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`
      <fieldset class="mb-3 field ${error ? 'field-error' : ''}" aria-describedby=${described}>
        <legend class="form-label fw-semibold fs-6">${label}</legend>
        <div id="${id}-hint" class="form-text mt-0 mb-1">${t('task.agenciesHint')}</div>
        ${error ? html`<div id="${id}-error" class="error-message">${error}</div>` : ''}
        ${this.agencies.map((unit, i) => html`
          <div class="form-check">
            <input class="form-check-input" type="checkbox" id=${i === 0 ? id : `${id}-${unit.code}`} value=${unit.code}
              .checked=${chosen.includes(unit.code)} @change=${(e) => toggle(unit.code, e.target.checked)}>
            <label class="form-check-label" for=${i === 0 ? id : `${id}-${unit.code}`}>${pick(unit, 'name')} (${unit.code})</label>
          </div>`)}
      </fieldset>`;
  }

  /** For each recipient: how it was sent and the day, in one group per recipient (GOV.UK: a fieldset with a legend). */
  renderDispatches(field, id, label, error) {
    const lines = this.dispatchLines(field);
    const lineError = (i, part) => this.errors.find((e) => e.field === lineId(field.name, i, part))?.message;
    const set = (i, part, v) => this.setValue(field.name, lines.map((line, j) => (j === i ? { ...line, [part]: v } : line)));
    return html`
      <fieldset class="mb-3 field ${error ? 'field-error' : ''}" id=${id} tabindex="-1" aria-describedby="${id}-hint${error ? ` ${id}-error` : ''}"
        data-testid="dispatch-lines">
        <legend class="form-label fw-semibold fs-6">${label}</legend>
        <div id="${id}-hint" class="form-text mt-0 mb-2">${t('task.dispatch.hint')}</div>
        ${error ? html`<div id="${id}-error" class="error-message">${error}</div>` : ''}
        ${lines.map((line, i) => html`
          <fieldset class="dispatch-line border rounded p-3 mb-2">
            <legend class="fs-6 fw-semibold float-none w-auto mb-1">${pick(field.options.find((o) => o.code === line.recipient), 'label')}</legend>
            ${selectField({ id: lineId(field.name, i, 'method'), label: t('task.dispatch.method'), value: line.method, required: true,
              error: lineError(i, 'method'), placeholder: t('task.dispatch.choose'),
              options: DISPATCH_METHODS.map((m) => ({ value: m, label: t(`dispatch.methods.${m}`) })),
              onInput: (v) => set(i, 'method', v) })}
            ${dateField({ id: lineId(field.name, i, 'sentOn'), label: t('task.dispatch.sentOn'), hint: t('task.dateHint'),
              value: line.sentOn, required: true, error: lineError(i, 'sentOn'), onInput: (v) => set(i, 'sentOn', v) })}
          </fieldset>`)}
      </fieldset>`;
  }

  /** The documents the step declares for a task about no proposal (e.g. the year's report and its letter). */
  renderDownloads() {
    const downloads = this.task.downloads || [];
    return html`<section class="col-lg-5" aria-labelledby="task-downloads-title" data-testid="task-downloads">
      <h2 id="task-downloads-title" class="h4">${t('task.documents')}</h2>
      <ul class="task-list">
        ${downloads.map((d) => html`<li>
          <span class="fw-semibold">${pick(d, 'label')}</span>
          <button type="button" class="btn btn-link p-0 text-nowrap" @click=${() => this.fetchDeclared(d)}>
            ${t('task.download')}<span class="visually-hidden"> ${pick(d, 'label')}</span></button>
        </li>`)}
      </ul>
    </section>`;
  }

  async fetchDeclared(d) {
    try {
      await download(d.path, null, d.id);
    } catch (error) {
      this.errors = [{ field: null, message: problemMessage(error) }];
    }
  }

  renderDocuments() {
    const docs = this.proposal.documents || [];
    return html`
      <h3 class="h5">${t('task.documents')}</h3>
      ${!docs.length ? html`<p>${t('task.noDocuments')}</p>` : html`
        <ul class="task-list">
          ${docs.map((doc) => html`<li>
            <span><span class="fw-semibold">${pick(doc, 'typeLabel')}</span><br>
              <span class="form-text mt-0">${doc.filename} · ${formatBytes(doc.size)} · ${formatDate(doc.uploadedAt)}</span></span>
            <button type="button" class="btn btn-link p-0 text-nowrap" @click=${() => this.download(doc)}>
              ${t('task.download')}<span class="visually-hidden"> ${doc.filename}</span></button>
          </li>`)}
        </ul>`}`;
  }

  async download(doc) {
    try {
      await download(`/api/proposals/${this.proposal.id}/documents/${doc.id}`, null, doc.filename);
    } catch (error) {
      this.errors = [{ field: null, message: problemMessage(error) }];
    }
  }
}
customElements.define('vt-task-page', TaskPage);
