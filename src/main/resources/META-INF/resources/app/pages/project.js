import { html } from 'lit';
import { VtElement } from '../lib/element.js';
import { t, pick, donorName } from '../lib/i18n.js';
import { api, download } from '../lib/api.js';
import { problemMessage } from '../lib/errors.js';
import { formatDate, formatDateTime, formatMoney, formatNumber, parseDate } from '../lib/format.js';
import { decimalPlaces, parseNumber } from '../lib/number.js';
import { hasRole } from '../lib/session.js';
import { href } from '../lib/router.js';
import { textField, textArea, selectField, dateField, numberField } from '../components/form.js';
import { agencyNamer } from '../components/step-records.js';
import '../components/error-summary.js';
import '../components/generated-documents.js';
import '../components/obligation-table.js';
import '../components/status-tag.js';

/** An amount typed by the pages' one number rule (lib/number.js): above 0 with at most 2 decimals, else null. */
function amountOf(text) {
  const value = parseNumber(text);
  return Number.isFinite(value) && value > 0 && decimalPlaces(value) <= 2 ? value : null;
}

const AMENDMENT_TAGS = { REQUESTED: 'yellow', APPROVED: 'green', REJECTED: 'red' };
const DISBURSEMENT_FIELDS = ['date', 'amount', 'currency', 'reference', 'note', 'overrideReason'];
const emptyEntry = () => ({ date: '', amount: '', currency: '', reference: '', note: '', overrideReason: '' });
const emptyAmendment = () => ({ newAmount: '', newPlannedEnd: '', reason: '' });

/**
 * One project's ledger: totals per currency and in USD, the entries (reversed at most once), recording a
 * disbursement (past the commitment only with a reason), and amendments. Officers and admins write; the
 * others read (the API decides either way).
 */
export class ProjectPage extends VtElement {
  static properties = {
    ledger: { state: true }, proposal: { state: true }, amendments: { state: true }, failure: { state: true },
    entry: { state: true }, entryErrors: { state: true }, summaryErrors: { state: true }, needsOverride: { state: true },
    overrideNotice: { state: true }, entryBusy: { state: true },
    reversing: { state: true }, reversalReason: { state: true }, reversalErrors: { state: true },
    amendment: { state: true }, amendmentErrors: { state: true }, amendmentSummary: { state: true },
    message: { state: true }, units: { state: true }, obligations: { state: true }, indicators: { state: true },
    iatiBusy: { state: true },
  };

  constructor() {
    super();
    this.entry = emptyEntry();
    this.entryErrors = {};
    this.summaryErrors = [];
    this.amendment = emptyAmendment();
    this.amendmentErrors = {};
    this.amendmentSummary = [];
    this.reversalErrors = [];
  }

  get id() {
    return this.params?.id;
  }

  /** Revoked or closed: its ledger is read, nothing new is recorded against it. */
  get ended() {
    return ['REVOKED', 'CLOSED'].includes(this.proposal?.status);
  }

  get canWrite() {
    return hasRole('officer', 'admin') && !this.ended;
  }

  /** Reversing an entry corrects an error: on an ended project only the administrator may (the API decides too). */
  get canReverse() {
    return this.ended ? hasRole('admin') : hasRole('officer', 'admin');
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      const [ledger, proposal, amendments, obligations, indicators] = await Promise.all([
        api(`/api/projects/${this.id}/disbursements`),
        api(`/api/proposals/${this.id}`),
        api(`/api/projects/${this.id}/amendments`),
        api('/api/report-obligations', { query: { projectId: this.id } }),
        api(`/api/projects/${this.id}/indicators`),
      ]);
      this.indicators = indicators;
      this.obligations = obligations;
      this.ledger = ledger;
      this.proposal = proposal;
      this.amendments = amendments;
      if (!this.entry.currency) this.entry = { ...this.entry, currency: ledger.committedCurrency };
      this.failure = null;
    } catch (error) {
      this.failure = problemMessage(error);
    }
    // Agency names for the conditions; without them the codes still say where a condition came from.
    this.units = await api('/api/org-units').catch(() => []);
  }

  render() {
    const title = this.proposal ? pick(this.proposal, 'title') : this.ledger?.titleVi;
    return html`
      <p class="mb-1"><a href=${href('/projects')}>${t('project.back')}</a></p>
      <h1 tabindex="-1">${title || t('project.title')}</h1>
      ${this.proposal ? html`<p><vt-status-tag .status=${this.proposal.status} data-testid="project-status"></vt-status-tag></p>
        ${this.renderEnd(this.proposal.project)}${hasRole('leadership', 'admin') ? this.renderIati() : ''}
        <vt-generated-documents .proposal=${this.proposal}></vt-generated-documents>` : ''}
      ${this.failure ? html`<div class="notice notice-error" role="alert">${this.failure}</div>` : ''}
      ${this.message ? html`<div class="notice notice-success" role="status">${this.message}</div>` : ''}
      ${this.ledger ? this.renderProject() : (this.failure ? '' : html`<p role="status">${t('common.loading')}</p>`)}`;
  }

  /** How the project ended, when it has: the revocation decision or the closing date. */
  renderEnd(state) {
    if (state?.revocation) {
      const r = state.revocation;
      return html`<div class="notice notice-warning" data-testid="project-end">${t('project.revokedBy',
        { number: r.number, date: formatDate(r.date), reason: r.reason })}</div>`;
    }
    if (state?.closedOn) {
      return html`<div class="notice" data-testid="project-end">${t('project.closedOn', { date: formatDate(state.closedOn) })}
        ${state.closureReason ? html`<div>${state.closureReason}</div>` : ''}</div>`;
    }
    return '';
  }

  /** The project as an IATI 2.03 activity file (docs/iati.md), for leadership and the administrator as the API allows. */
  renderIati() {
    return html`<p><button type="button" class="btn btn-outline-secondary" ?disabled=${this.iatiBusy}
      @click=${() => this.downloadIati()}>${t('project.downloadIati')}</button></p>`;
  }

  async downloadIati() {
    this.iatiBusy = true;
    try {
      await download(`/api/iati/projects/${this.id}`, {}, `iati-activity-${this.id}.xml`);
    } catch (error) {
      this.failure = problemMessage(error);
    } finally {
      this.iatiBusy = false;
    }
  }

  renderProject() {
    const l = this.ledger;
    const p = this.proposal;
    const remaining = l.committedUsd != null && l.disbursedUsd != null ? Number(l.committedUsd) - Number(l.disbursedUsd) : null;
    return html`
      <dl class="summary-list">
        <div><dt>${t('project.committed')}</dt><dd>${formatMoney(l.committedAmount, l.committedCurrency)}
          ${l.committedCurrency !== 'USD' && l.committedUsd != null ? html`(≈ ${formatMoney(l.committedUsd, 'USD')})` : ''}</dd></div>
        ${p ? html`<div><dt>${t('project.ngo')}</dt><dd>${donorName(p.ngo?.nameVi, p.ngo?.name)}</dd></div>
          <div><dt>${t('project.aidOwner')}</dt><dd>${p.aidOwner}</dd></div>` : ''}
        <div><dt>${t('project.decision')}</dt><dd>${p?.decision
          ? t('project.decisionText', { number: p.decision.number, date: formatDate(p.decision.date) })
          : formatDate(l.decisionDate)}</dd></div>
        ${p?.project ? html`<div><dt>${t('project.started')}</dt><dd data-testid="project-started">${p.project.startConfirmedOn
          ? t('project.startedOn', { date: formatDate(p.project.startConfirmedOn), by: p.project.startConfirmedBy })
          : t('project.notStarted')}</dd></div>` : ''}
        <div><dt>${t('project.period')}</dt><dd>${p ? `${formatDate(p.plannedStart)} – ` : ''}${formatDate(l.plannedEnd)}</dd></div>
        <div><dt>${t('project.proposal')}</dt><dd><a href=${href(`/proposals/${l.projectId}`)}>${t('project.proposalLink')}</a></dd></div>
      </dl>
      ${p?.decision ? this.renderConditions(p.decision.conditions || []) : ''}

      <h2 class="h4">${t('project.totals')}</h2>
      ${l.missingRates?.length ? html`<div class="notice notice-warning" data-testid="missing-rates">${t('project.missingRates',
        { list: this.rateList(l.missingRates) })}</div>` : ''}
      <div class="table-responsive">
        <table class="table table-sm w-auto ledger-totals" data-testid="totals">
          <caption>${t('project.totalsCaption')}</caption>
          <thead><tr><th scope="col">${t('project.currency')}</th><th scope="col" class="num">${t('project.disbursed')}</th></tr></thead>
          <tbody>
            ${Object.entries(l.disbursedByCurrency || {}).map(([currency, amount]) => html`
              <tr><th scope="row">${currency}</th><td class="num">${formatMoney(amount, currency)}</td></tr>`)}
            ${Object.keys(l.disbursedByCurrency || {}).length ? '' : html`<tr><td colspan="2">${t('project.noneDisbursed')}</td></tr>`}
          </tbody>
          <tfoot>
            <tr><th scope="row">${t('project.disbursedUsd')}</th>
              <td class="num" data-testid="disbursed-usd">${l.disbursedUsd != null ? formatMoney(l.disbursedUsd, 'USD') : t('project.noRate')}</td></tr>
            <tr><th scope="row">${t('project.committedUsd')}</th>
              <td class="num" data-testid="committed-usd">${l.committedUsd != null ? formatMoney(l.committedUsd, 'USD') : t('project.noRate')}</td></tr>
            <tr><th scope="row">${t('project.remainingUsd')}</th>
              <td class="num ${remaining != null && remaining < 0 ? 'overdue' : ''}">${remaining != null ? formatMoney(remaining, 'USD') : t('project.noRate')}
                ${remaining != null && remaining < 0 ? html`<span class="d-block small">${t('project.overCommitted')}</span>` : ''}</td></tr>
          </tfoot>
        </table>
      </div>

      ${this.renderEntries()}
      ${this.reversing ? this.renderReversal() : ''}
      ${this.canWrite ? this.renderEntryForm() : ''}
      ${this.renderAmendments()}
      ${this.canWrite ? this.renderAmendmentForm() : ''}
      ${this.renderIndicators()}
      <h2 class="h4">${t('project.reports')}</h2>
      <vt-obligation-table .obligations=${this.obligations || []} caption=${t('project.reports')}></vt-obligation-table>`;
  }

  /** The results indicators the reports give actual values for; the officer defines them on their own page. */
  renderIndicators() {
    const list = this.indicators || [];
    return html`
      <h2 class="h4 mt-4" id="indicators-title">${t('project.indicators')}</h2>
      ${list.length ? html`<div class="table-responsive">
        <table class="table table-sm w-auto" data-testid="project-indicators" aria-labelledby="indicators-title">
          <thead><tr><th scope="col">${t('report.indicator')}</th><th scope="col">${t('report.unit')}</th>
            <th scope="col" class="num">${t('report.baseline')}</th><th scope="col" class="num">${t('report.target')}</th>
            <th scope="col" class="num">${t('project.latestActual')}</th></tr></thead>
          <tbody>${list.map((i) => html`<tr><th scope="row">${pick(i, 'name')}</th><td>${i.unit}</td>
            <td class="num">${formatNumber(i.baseline)}</td><td class="num">${formatNumber(i.target)}</td>
            <td class="num">${i.actual == null ? t('report.none') : formatNumber(i.actual)}</td></tr>`)}</tbody>
        </table>
      </div>` : html`<p>${t('project.noIndicators')}</p>`}
      ${this.canWrite ? html`<p><a class="btn btn-outline-primary" href=${href(`/projects/${this.id}/indicators`)}
        data-testid="define-indicators">${t('project.defineIndicators')}</a></p>` : ''}`;
  }

  /** The conditions the approval carries: the agencies' and the decision's own, each with where it came from. */
  renderConditions(conditions) {
    const agencyName = agencyNamer(this.units);
    return html`
      <section class="mb-4" aria-labelledby="conditions-title">
        <h2 class="h4" id="conditions-title">${t('project.conditions')}</h2>
        ${conditions.length ? html`<ul class="list-unstyled" data-testid="conditions">
          ${conditions.map((c) => html`<li class="step-record" data-testid="condition">
            <p class="mb-1 pre-line">${c.text}</p>
            <p class="form-text mt-0 mb-0">${t('project.conditionSource', {
              source: c.agency ? t('records.stepOfAgency', { step: pick(c, 'stepName'), agency: agencyName(c.agency) }) : pick(c, 'stepName'),
              author: c.author, date: formatDate(c.at) })}</p>
          </li>`)}
        </ul>` : html`<p data-testid="conditions">${t('project.noConditions')}</p>`}
      </section>`;
  }

  rateList(missing) {
    return missing.map((m) => t('project.missingRate', { currency: m.currency, date: formatDate(m.date) })).join('; ');
  }

  renderEntries() {
    const entries = this.ledger.entries || [];
    const byId = Object.fromEntries(entries.map((e) => [e.id, e]));
    return html`
      <h2 class="h4 mt-4">${t('project.entries')}</h2>
      ${entries.length ? html`
        <div class="table-responsive">
          <table class="table align-middle table-cards" data-testid="entries">
            <caption class="visually-hidden">${t('project.entries')}</caption>
            <thead><tr>
              <th scope="col">${t('project.date')}</th>
              <th scope="col" class="num">${t('project.amount')}</th>
              <th scope="col">${t('project.reference')}</th>
              <th scope="col">${t('project.note')}</th>
              <th scope="col">${t('project.recordedBy')}</th>
              <th scope="col">${t('project.entryState')}</th>
              ${this.canReverse ? html`<th scope="col"><span class="visually-hidden">${t('project.actions')}</span></th>` : ''}
            </tr></thead>
            <tbody>
              ${entries.map((e) => html`<tr>
                <td data-label=${t('project.date')}>${formatDate(e.date)}</td>
                <td class="num" data-label=${t('project.amount')}>${formatMoney(e.amount, e.currency)}</td>
                <td data-label=${t('project.reference')}>${e.reference || ''}</td>
                <td data-label=${t('project.note')}>${e.note || ''}${e.overrideReason ? html`<div class="form-text mt-0">${t('project.overrideShown', { reason: e.overrideReason })}</div>` : ''}</td>
                <td data-label=${t('project.recordedBy')}>${e.recordedBy}<div class="form-text mt-0">${formatDateTime(e.recordedAt)}</div></td>
                <td data-label=${t('project.entryState')}>${e.reversesId
                  ? html`<strong class="tag tag-grey">${t('project.isReversal')}</strong>
                      <div class="form-text mt-0">${t('project.reversalOf', { date: formatDate(byId[e.reversesId]?.date), amount: formatMoney(byId[e.reversesId]?.amount, e.currency) })}</div>`
                  : e.reversedById ? html`<strong class="tag tag-red">${t('project.reversed')}</strong>`
                    : html`<strong class="tag tag-green">${t('project.valid')}</strong>`}</td>
                ${this.canReverse ? html`<td>${!e.reversesId && !e.reversedById ? html`
                  <button type="button" class="btn btn-outline-secondary btn-sm text-nowrap" @click=${() => this.startReversal(e)}
                    aria-label=${t('project.reverseEntry', { date: formatDate(e.date), amount: formatMoney(e.amount, e.currency) })}>${t('project.reverse')}</button>` : ''}</td>` : ''}
              </tr>`)}
            </tbody>
          </table>
        </div>` : html`<p>${t('project.noEntries')}</p>`}`;
  }

  startReversal(entry) {
    this.reversing = entry;
    this.reversalReason = '';
    this.reversalErrors = [];
    this.message = null;
    this.updateComplete.then(() => document.getElementById('reversal-reason')?.focus());
  }

  renderReversal() {
    const e = this.reversing;
    const error = this.reversalErrors.find((x) => x.field === 'reversal-reason')?.message;
    return html`
      <section class="border p-3 mb-4" aria-labelledby="reversal-title">
        <h2 class="h5" id="reversal-title">${t('project.reversalTitle', { date: formatDate(e.date), amount: formatMoney(e.amount, e.currency) })}</h2>
        <vt-error-summary .errors=${this.reversalErrors}></vt-error-summary>
        <form novalidate @submit=${this.reverse}>
          ${textArea({ id: 'reversal-reason', label: t('project.reversalReason'), hint: t('project.reversalHint'), error,
            value: this.reversalReason, onInput: (v) => { this.reversalReason = v; }, required: true, maxLength: 2000, rows: 2 })}
          <div class="d-flex gap-2 flex-wrap">
            <button class="btn btn-danger" type="submit">${t('project.reverseConfirm')}</button>
            <button class="btn btn-outline-secondary" type="button" @click=${() => { this.reversing = null; }}>${t('project.cancel')}</button>
          </div>
        </form>
      </section>`;
  }

  async reverse(event) {
    event.preventDefault();
    if (!this.reversalReason?.trim()) {
      this.reversalErrors = [{ field: 'reversal-reason', message: t('project.reversalReasonRequired') }];
      return;
    }
    const entry = this.reversing;
    try {
      this.ledger = await api(`/api/projects/${this.id}/disbursements/${entry.id}/reversal`,
        { method: 'POST', body: { reason: this.reversalReason.trim() } });
      this.reversing = null;
      this.message = t('project.reversedMessage', { date: formatDate(entry.date), amount: formatMoney(entry.amount, entry.currency) });
    } catch (error) {
      const { byField, other } = error.fieldErrors?.(['reason']) || { byField: {}, other: [] };
      this.reversalErrors = byField.reason ? [{ field: 'reversal-reason', message: byField.reason }]
        : [{ field: null, message: other[0] || problemMessage(error) }];
      if (error.status === 409) this.load();
    }
  }

  renderEntryForm() {
    const e = this.entry;
    const err = this.entryErrors;
    const currencies = this.ledger.currencies?.length ? this.ledger.currencies : [this.ledger.committedCurrency];
    return html`
      <section class="mt-4" aria-labelledby="entry-title">
        <h2 class="h4" id="entry-title">${t('project.recordTitle')}</h2>
        <vt-error-summary .errors=${this.summaryErrors}></vt-error-summary>
        <form novalidate @submit=${this.record} class="form-narrow">
          ${dateField({ id: 'disb-date', label: t('project.date'), hint: t('project.dateHint'), error: err.date,
            value: e.date, onInput: (v) => this.setEntry('date', v), required: true })}
          <div class="row g-2">
            <div class="col-sm-7">
              ${numberField({ id: 'disb-amount', label: t('project.amount'), hint: t('project.amountHint'), error: err.amount,
                value: e.amount, onInput: (v) => this.setEntry('amount', v), required: true, width: '' })}
            </div>
            <div class="col-sm-5">
              ${selectField({ id: 'disb-currency', label: t('project.currency'), error: err.currency, value: e.currency,
                options: currencies.map((c) => ({ value: c, label: c })), onInput: (v) => this.setEntry('currency', v), required: true })}
            </div>
          </div>
          ${textField({ id: 'disb-reference', label: t('project.reference'), hint: t('project.referenceHint'), error: err.reference,
            value: e.reference, onInput: (v) => this.setEntry('reference', v), maxLength: 100 })}
          ${textArea({ id: 'disb-note', label: t('project.note'), error: err.note, value: e.note,
            onInput: (v) => this.setEntry('note', v), maxLength: 2000, rows: 2 })}
          ${this.needsOverride ? html`
            <div class="notice notice-warning" data-testid="override-notice">${this.overrideNotice}</div>
            ${textArea({ id: 'disb-override', label: t('project.overrideReason'), hint: t('project.overrideHint'),
              error: err.overrideReason, value: e.overrideReason, onInput: (v) => this.setEntry('overrideReason', v),
              required: true, maxLength: 2000, rows: 3 })}` : ''}
          <button class="btn btn-primary" type="submit" ?disabled=${this.entryBusy}>
            ${this.needsOverride ? t('project.recordOverride') : t('project.record')}</button>
        </form>
      </section>`;
  }

  setEntry(name, value) {
    this.entry = { ...this.entry, [name]: value };
  }

  async record(event) {
    event.preventDefault();
    const e = this.entry;
    const errors = {};
    const date = parseDate(e.date);
    const amount = amountOf(e.amount);
    if (!e.date.trim()) errors.date = t('project.dateRequired');
    else if (!date) errors.date = t('project.dateInvalid');
    if (!e.amount.trim()) errors.amount = t('project.amountRequired');
    else if (!amount) errors.amount = t('project.amountInvalid');
    if (!e.currency) errors.currency = t('project.currencyRequired');
    if (this.needsOverride && !e.overrideReason.trim()) errors.overrideReason = t('project.overrideRequired');
    if (Object.keys(errors).length) {
      this.showEntryErrors(errors, []);
      return;
    }
    this.entryBusy = true;
    try {
      this.ledger = await api(`/api/projects/${this.id}/disbursements`, {
        method: 'POST',
        body: { date, amount, currency: e.currency, reference: e.reference.trim() || null, note: e.note.trim() || null,
          overrideReason: this.needsOverride ? e.overrideReason.trim() : null },
      });
      this.message = t('project.recorded', { amount: formatMoney(amount, e.currency), date: formatDate(date) });
      this.entry = { ...emptyEntry(), currency: e.currency };
      this.needsOverride = false;
      this.showEntryErrors({}, []);
    } catch (error) {
      this.message = null;
      this.recordFailed(error);
    } finally {
      this.entryBusy = false;
    }
  }

  recordFailed(error) {
    if (error.status === 422 && error.problem?.missingRates?.length) {
      this.showEntryErrors({ currency: t('project.rateMissing', { list: this.rateList(error.problem.missingRates) }) }, []);
      return;
    }
    if (error.status === 400 && error.violations?.length) {
      const { byField, other } = error.fieldErrors(DISBURSEMENT_FIELDS);
      const over = error.violations.find((v) => v.code === 'override-reason-required');
      if (over && !this.needsOverride) {
        // the server's answer to a total past the commitment: ask why, then send again with the reason
        this.needsOverride = true;
        this.overrideNotice = t('project.overrideNeeded', { detail: t('project.overDetail',
          { total: formatMoney(over.values.total, 'USD'), committed: formatMoney(over.values.committed, 'USD') }) });
        byField.overrideReason = t('project.overrideRequired');
      }
      this.showEntryErrors(byField, other);
      return;
    }
    this.showEntryErrors({}, [problemMessage(error)]);
  }

  showEntryErrors(byField, other) {
    this.entryErrors = byField;
    const ids = { date: 'disb-date', amount: 'disb-amount', currency: 'disb-currency', reference: 'disb-reference', note: 'disb-note', overrideReason: 'disb-override' };
    this.summaryErrors = [
      ...DISBURSEMENT_FIELDS.filter((f) => byField[f]).map((f) => ({ field: ids[f], message: byField[f] })),
      ...other.map((message) => ({ field: null, message })),
    ];
  }

  renderAmendments() {
    const list = this.amendments || [];
    const currency = this.ledger.committedCurrency;
    return html`
      <h2 class="h4 mt-5">${t('project.amendments')}</h2>
      ${list.length ? html`
        <div class="table-responsive">
          <table class="table align-middle table-cards" data-testid="amendments">
            <caption class="visually-hidden">${t('project.amendments')}</caption>
            <thead><tr>
              <th scope="col">${t('project.requested')}</th>
              <th scope="col" class="num">${t('project.newAmount')}</th>
              <th scope="col">${t('project.newPlannedEnd')}</th>
              <th scope="col">${t('project.amendReason')}</th>
              <th scope="col">${t('project.amendState')}</th>
            </tr></thead>
            <tbody>
              ${list.map((a) => html`<tr>
                <td data-label=${t('project.requested')}>${formatDate(a.requestedAt)}<div class="form-text mt-0">${a.requestedBy}</div></td>
                <td class="num" data-label=${t('project.newAmount')}>${a.newAmount != null ? html`${formatMoney(a.newAmount, currency)}
                  <div class="form-text mt-0">${t('project.was', { value: formatMoney(a.previousAmount, currency) })}</div>` : t('project.unchanged')}</td>
                <td data-label=${t('project.newPlannedEnd')}>${a.newPlannedEnd ? html`${formatDate(a.newPlannedEnd)}
                  <div class="form-text mt-0">${t('project.was', { value: formatDate(a.previousPlannedEnd) })}</div>` : t('project.unchanged')}</td>
                <td data-label=${t('project.amendReason')}>${a.reason}</td>
                <td data-label=${t('project.amendState')}><strong class="tag tag-${AMENDMENT_TAGS[a.status] || 'grey'}">${t(`amendment.${a.status}`)}</strong>
                  ${a.decisionNumber ? html`<div class="form-text mt-0">${t('project.decisionText', { number: a.decisionNumber, date: formatDate(a.decisionDate) })}</div>` : ''}
                  ${a.rejectionReason ? html`<div class="form-text mt-0">${a.rejectionReason}</div>` : ''}</td>
              </tr>`)}
            </tbody>
          </table>
        </div>` : html`<p>${t('project.noAmendments')}</p>`}`;
  }

  renderAmendmentForm() {
    const a = this.amendment;
    const err = this.amendmentErrors;
    const pending = (this.amendments || []).some((x) => x.status === 'REQUESTED');
    return html`
      <section class="mt-4" aria-labelledby="amend-title">
        <h2 class="h4" id="amend-title">${t('project.amendTitle')}</h2>
        ${pending ? html`<p class="notice">${t('project.amendPending')}</p>` : html`
          <vt-error-summary .errors=${this.amendmentSummary}></vt-error-summary>
          <form novalidate @submit=${this.requestAmendment} class="form-narrow">
            <p class="form-text">${t('project.amendIntro')}</p>
            ${numberField({ id: 'amend-amount', label: t('project.newAmountIn', { currency: this.ledger.committedCurrency }),
              hint: t('project.newAmountHint', { current: formatMoney(this.ledger.committedAmount, this.ledger.committedCurrency) }),
              error: err.newAmount, value: a.newAmount, onInput: (v) => { this.amendment = { ...this.amendment, newAmount: v }; },
              width: '' })}
            ${dateField({ id: 'amend-end', label: t('project.newPlannedEnd'),
              hint: t('project.newEndHint', { current: formatDate(this.ledger.plannedEnd) }), error: err.newPlannedEnd,
              value: a.newPlannedEnd, onInput: (v) => { this.amendment = { ...this.amendment, newPlannedEnd: v }; } })}
            ${textArea({ id: 'amend-reason', label: t('project.amendReason'), error: err.reason, value: a.reason,
              onInput: (v) => { this.amendment = { ...this.amendment, reason: v }; }, required: true, maxLength: 2000, rows: 3 })}
            <button class="btn btn-primary" type="submit">${t('project.amendSubmit')}</button>
          </form>`}
      </section>`;
  }

  async requestAmendment(event) {
    event.preventDefault();
    const a = this.amendment;
    const errors = {};
    const newAmount = a.newAmount.trim() ? amountOf(a.newAmount) : null;
    const newPlannedEnd = a.newPlannedEnd.trim() ? parseDate(a.newPlannedEnd) : null;
    if (a.newAmount.trim() && !newAmount) errors.newAmount = t('project.amountInvalid');
    if (a.newPlannedEnd.trim() && !newPlannedEnd) errors.newPlannedEnd = t('project.dateInvalid');
    if (!a.newAmount.trim() && !a.newPlannedEnd.trim()) errors.newAmount = t('project.amendNothing');
    if (!a.reason.trim()) errors.reason = t('project.amendReasonRequired');
    if (Object.keys(errors).length) {
      this.showAmendmentErrors(errors, []);
      return;
    }
    try {
      await api(`/api/projects/${this.id}/amendments`, { method: 'POST', body: { newAmount, newPlannedEnd, reason: a.reason.trim() } });
      this.amendment = emptyAmendment();
      this.showAmendmentErrors({}, []);
      this.message = t('project.amendSent');
      this.amendments = await api(`/api/projects/${this.id}/amendments`);
    } catch (error) {
      const { byField, other } = error.fieldErrors?.(['newAmount', 'newPlannedEnd', 'reason']) || { byField: {}, other: [] };
      if (byField.newPlannedEnd && /planned start/.test(byField.newPlannedEnd)) {
        byField.newPlannedEnd = t('project.amendEndBeforeStart', { date: formatDate(this.proposal?.plannedStart) });
      }
      this.showAmendmentErrors(byField, error.status === 400 && error.violations?.length ? other : [problemMessage(error)]);
    }
  }

  showAmendmentErrors(byField, other) {
    this.amendmentErrors = byField;
    const ids = { newAmount: 'amend-amount', newPlannedEnd: 'amend-end', reason: 'amend-reason' };
    this.amendmentSummary = [
      ...Object.keys(ids).filter((f) => byField[f]).map((f) => ({ field: ids[f], message: byField[f] })),
      ...other.map((message) => ({ field: null, message })),
    ];
  }
}
customElements.define('vt-project-page', ProjectPage);

