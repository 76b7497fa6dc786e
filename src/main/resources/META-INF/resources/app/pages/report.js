import { html } from 'lit';
import { VtElement } from '../lib/element.js';
import { t, pick } from '../lib/i18n.js';
import { api } from '../lib/api.js';
import { problemMessage, violationMessage } from '../lib/errors.js';
import { formatDate, formatMoney, formatNumber } from '../lib/format.js';
import { numberOf } from '../lib/number.js';
import { hasRole } from '../lib/session.js';
import { href } from '../lib/router.js';
import { textArea, selectField, numberField } from '../components/form.js';
import { CURRENCIES } from './proposal-form.js';
import '../components/error-summary.js';
import '../components/obligation-tag.js';
import '../components/report-view.js';
import '../components/document-uploader.js';

const emptyAmount = () => ({ currency: 'USD', received: '', spent: '' });


/** The id of the element a server violation's field links to, e.g. amounts[1].spent -> amount-1-spent. */
function elementOf(field, indicators) {
  const amount = /^amounts\[(\d+)]\.(currency|received|spent)$/.exec(field || '');
  if (amount) return `amount-${amount[1]}-${amount[2]}`;
  const indicator = /^indicators\[(\d+)]/.exec(field || '');
  if (indicator) return `indicator-${indicator[1]}`;
  if (field === 'indicators') return indicators.length ? 'indicator-0' : null;
  return field === 'narrative' ? 'narrative' : null;
}

/**
 * One report obligation: its period, due date and state, the reports sent for it with the officer's review, and
 * while a report is awaited the report form (amounts received and spent by currency, the actual value of each results
 * indicator, what happened, its files), checked on a summary before it is sent. The aid owner sends it; an officer may send it
 * on the aid owner's behalf. The officer reviews it in the inbox.
 */
export class ReportPage extends VtElement {
  static properties = {
    obligation: { state: true }, indicators: { state: true }, failure: { state: true }, step: { state: true },
    amounts: { state: true }, actuals: { state: true }, narrative: { state: true }, errors: { state: true },
    summary: { state: true }, busy: { state: true }, message: { state: true }, attachments: { state: true },
  };

  constructor() {
    super();
    this.step = 'form';
    this.amounts = [emptyAmount()];
    this.actuals = [];
    this.narrative = '';
    this.errors = {};
    this.summary = [];
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  get canReport() {
    return hasRole('aid-owner', 'officer') && ['DUE', 'CORRECTION_REQUESTED'].includes(this.obligation?.status);
  }

  async load() {
    try {
      this.obligation = await api(`/api/report-obligations/${this.params.id}`);
      this.attachments = this.obligation.pendingAttachments;
      this.indicators = await api(`/api/projects/${this.obligation.projectId}/indicators`);
      if (this.actuals.length !== this.indicators.length) this.actuals = this.indicators.map(() => '');
      this.failure = null;
    } catch (error) {
      this.failure = problemMessage(error);
    }
  }

  render() {
    const o = this.obligation;
    return html`
      <p class="mb-1"><a href=${href('/reports')}>${t('report.back')}</a></p>
      <h1 tabindex="-1">${o ? `${pick(o, 'kindLabel')}: ${pick(o, 'projectTitle')}` : t('report.title')}</h1>
      ${this.failure ? html`<div class="notice notice-error" role="alert">${this.failure}</div>` : ''}
      ${this.message ? html`<div class="notice notice-success" role="status">${this.message}</div>` : ''}
      ${o && this.indicators ? this.renderObligation(o) : (this.failure ? '' : html`<p role="status">${t('common.loading')}</p>`)}`;
  }

  renderObligation(o) {
    return html`
      <dl class="summary-list">
        <div><dt>${t('report.aidOwner')}</dt><dd>${o.aidOwner}</dd></div>
        <div><dt>${t('report.period')}</dt><dd>${formatDate(o.periodStart)} – ${formatDate(o.periodEnd)}</dd></div>
        <div><dt>${t('report.dueDate')}</dt><dd>${formatDate(o.dueDate)}</dd></div>
        <div><dt>${t('report.state')}</dt><dd><vt-obligation-tag .obligation=${o}></vt-obligation-tag></dd></div>
      </dl>
      ${this.canReport ? (this.step === 'check' ? this.renderCheck() : this.renderForm()) : ''}
      ${this.renderReports(o.reports)}`;
  }

  // ---- the form ----

  renderForm() {
    return html`
      <h2 class="h4">${t(this.obligation.status === 'CORRECTION_REQUESTED' ? 'report.formCorrection' : 'report.form')}</h2>
      ${hasRole('aid-owner') ? '' : html`<div class="notice notice-warning">${t('report.onBehalfNotice')}</div>`}
      <vt-error-summary .errors=${this.summary}></vt-error-summary>
      <form novalidate id="report-form" @submit=${this.check}>
        <fieldset class="mb-3">
          <legend class="h5">${t('report.amounts')}</legend>
          <div class="form-text mt-0 mb-2" id="amounts-hint">${t('report.amountsHint')}</div>
          ${this.amounts.map((a, i) => html`
            <div class="row g-2 align-items-end amount-row" data-testid="amount-${i}">
              <div class="col-sm-3">${selectField({ id: `amount-${i}-currency`, label: t('report.currency'), value: a.currency,
                required: true, error: this.errors[`amount-${i}-currency`], width: 'input-currency',
                options: CURRENCIES.map((c) => ({ value: c, label: c })), onInput: (v) => this.setAmount(i, 'currency', v) })}</div>
              <div class="col-sm-4">${numberField({ id: `amount-${i}-received`, label: t('report.received'), value: a.received,
                required: true, error: this.errors[`amount-${i}-received`], onInput: (v) => this.setAmount(i, 'received', v) })}</div>
              <div class="col-sm-4">${numberField({ id: `amount-${i}-spent`, label: t('report.spent'), value: a.spent,
                required: true, error: this.errors[`amount-${i}-spent`], onInput: (v) => this.setAmount(i, 'spent', v) })}</div>
              ${this.amounts.length > 1 ? html`<div class="col-sm-1 mb-3"><button type="button" class="btn btn-link p-0"
                @click=${() => this.removeAmount(i)}>${t('report.removeCurrency')}</button></div>` : ''}
            </div>`)}
          <button type="button" class="btn btn-secondary btn-sm" @click=${this.addAmount}>${t('report.addCurrency')}</button>
        </fieldset>
        ${this.indicators.length ? html`<fieldset class="mb-3">
          <legend class="h5">${t('report.indicators')}</legend>
          ${this.indicators.map((ind, i) => numberField({ id: `indicator-${i}`, label: pick(ind, 'name'),
            hint: t('report.indicatorHint', { unit: ind.unit, baseline: formatNumber(ind.baseline), target: formatNumber(ind.target),
              previous: ind.actual == null ? t('report.none') : formatNumber(ind.actual) }),
            value: this.actuals[i], required: true, error: this.errors[`indicator-${i}`],
            onInput: (v) => { this.actuals = this.actuals.map((x, j) => (j === i ? v : x)); } }))}
        </fieldset>` : ''}
        ${textArea({ id: 'narrative', label: t('report.narrative'), hint: t('report.narrativeHint'), value: this.narrative,
          required: true, maxLength: 20000, rows: 6, error: this.errors.narrative, onInput: (v) => { this.narrative = v; } })}
      </form>
      <section class="mb-3" aria-labelledby="attachments-title">
        <h3 class="h5" id="attachments-title">${t('report.attachments')}</h3>
        <p class="form-text mt-0">${t('report.attachmentsHint')}</p>
        <vt-document-uploader untyped editable collection=${`/api/report-obligations/${this.obligation.id}/attachments`}
          .documents=${this.attachments || []} @documents-changed=${(e) => { this.attachments = e.detail; }}></vt-document-uploader>
      </section>
      <button class="btn btn-primary mb-4" type="submit" form="report-form">${t('report.continue')}</button>`;
  }

  setAmount(i, name, value) {
    this.amounts = this.amounts.map((a, j) => (j === i ? { ...a, [name]: value } : a));
  }

  addAmount() {
    this.amounts = [...this.amounts, { ...emptyAmount(), currency: '' }];
  }

  removeAmount(i) {
    this.amounts = this.amounts.filter((_, j) => j !== i);
  }

  /** What the page itself can tell is wrong, by element id. */
  validate() {
    const errors = {};
    const seen = new Set();
    this.amounts.forEach((a, i) => {
      if (!a.currency) errors[`amount-${i}-currency`] = t('report.error.currency');
      else if (seen.has(a.currency)) errors[`amount-${i}-currency`] = t('report.error.currencyTwice', { currency: a.currency });
      seen.add(a.currency);
      if (numberOf(a.received) === null) errors[`amount-${i}-received`] = t('report.error.amount');
      if (numberOf(a.spent) === null) errors[`amount-${i}-spent`] = t('report.error.amount');
    });
    this.indicators.forEach((ind, i) => {
      if (numberOf(this.actuals[i], { negative: true }) === null) {
        errors[`indicator-${i}`] = t('report.error.indicator', { name: pick(ind, 'name') });
      }
    });
    if (!this.narrative.trim()) errors.narrative = t('report.error.narrative');
    return errors;
  }

  showErrors(errors, other = []) {
    this.errors = errors;
    this.summary = [...Object.entries(errors).map(([field, message]) => ({ field, message })),
      ...other.map((message) => ({ field: null, message }))];
  }

  check(event) {
    event.preventDefault();
    const errors = this.validate();
    this.showErrors(errors);
    if (!Object.keys(errors).length) {
      this.step = 'check';
      this.updateComplete.then(() => this.querySelector('#check-title')?.focus());
    }
  }

  // ---- check your answers ----

  renderCheck() {
    return html`
      <h2 class="h4" id="check-title" tabindex="-1">${t('report.checkTitle')}</h2>
      <vt-error-summary .errors=${this.summary}></vt-error-summary>
      <dl class="summary-list check-answers">
        ${this.amounts.map((a) => html`<div><dt>${t('report.amountIn', { currency: a.currency })}</dt>
          <dd>${t('report.receivedSpent', { received: formatMoney(numberOf(a.received), a.currency),
            spent: formatMoney(numberOf(a.spent), a.currency) })}</dd>
          <dd class="actions"><button type="button" class="btn btn-link p-0" @click=${this.edit}>${t('report.change')}</button></dd></div>`)}
        ${this.indicators.map((ind, i) => html`<div><dt>${pick(ind, 'name')}</dt>
          <dd>${formatNumber(numberOf(this.actuals[i], { negative: true }))} ${ind.unit}</dd>
          <dd class="actions"><button type="button" class="btn btn-link p-0" @click=${this.edit}>${t('report.change')}</button></dd></div>`)}
        <div><dt>${t('report.narrative')}</dt><dd>${this.narrative.trim()}</dd>
          <dd class="actions"><button type="button" class="btn btn-link p-0" @click=${this.edit}>${t('report.change')}</button></dd></div>
        <div><dt>${t('report.attachments')}</dt><dd data-testid="check-attachments">${this.attachments?.length
          ? this.attachments.map((f) => html`<div>${f.filename}</div>`) : t('report.noAttachments')}</dd>
          <dd class="actions"><button type="button" class="btn btn-link p-0" @click=${this.edit}>${t('report.change')}</button></dd></div>
      </dl>
      <button class="btn btn-primary mb-4" type="button" ?disabled=${this.busy} @click=${this.send}>${t('report.send')}</button>`;
  }

  edit() {
    this.step = 'form';
  }

  async send() {
    this.busy = true;
    try {
      this.obligation = await api(`/api/report-obligations/${this.obligation.id}/reports`, { method: 'POST', body: {
        amounts: this.amounts.map((a) => ({ currency: a.currency, received: numberOf(a.received), spent: numberOf(a.spent) })),
        indicators: this.indicators.map((ind, i) => ({ indicatorId: ind.id, actual: numberOf(this.actuals[i], { negative: true }) })),
        narrative: this.narrative.normalize('NFC').trim(),
      } });
      this.indicators = await api(`/api/projects/${this.obligation.projectId}/indicators`);
      this.attachments = this.obligation.pendingAttachments;
      this.showErrors({});
      this.step = 'form';
      this.message = t('report.sent');
    } catch (error) {
      const errors = {};
      const other = [];
      error.violations?.forEach((v) => {
        const id = elementOf(v.field, this.indicators);
        if (id && !errors[id]) errors[id] = violationMessage(v);
        else other.push(violationMessage(v));
      });
      if (!error.violations?.length) other.push(problemMessage(error));
      this.showErrors(errors, other);
    } finally {
      this.busy = false;
    }
  }

  // ---- the reports sent ----

  renderReports(reports) {
    return html`
      <h2 class="h4">${t('report.sentReports')}</h2>
      ${reports.length ? reports.map((r) => html`<vt-report-view .obligationId=${this.obligation.id} .report=${r}></vt-report-view>`)
        : html`<p>${t('report.noneSent')}</p>`}`;
  }
}
customElements.define('vt-report-page', ReportPage);
