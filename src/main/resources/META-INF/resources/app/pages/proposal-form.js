import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import { VtElement } from '../lib/element.js';
import { t, pick, donorName, donorDetail } from '../lib/i18n.js';
import { api } from '../lib/api.js';
import { problemMessage } from '../lib/errors.js';
import { formatDate, formatNumber, parseDate, today } from '../lib/format.js';
import { decimalPlaces, formatForInput, formatTyped, parseNumber } from '../lib/number.js';
import { href } from '../lib/router.js';
import { textField, textArea, selectField, dateField, numberField, radios } from '../components/form.js';
import '../components/error-summary.js';
import '../components/status-tag.js';
import '../components/document-uploader.js';
import '../components/dossier-checklist.js';
import { KINDS } from '../components/kind-filter.js';

// vientro.currencies has no endpoint of its own: the service's default list.
export const CURRENCIES = ['USD', 'VND', 'EUR', 'JPY', 'KRW', 'AUD', 'GBP', 'CHF', 'CAD', 'SGD'];
const LEVELS = ['PROVINCE', 'DISTRICT', 'COMMUNE'];
// The body's fields, in the order the form shows them (server violations are matched to these names).
const FIELDS = ['kind', 'titleVi', 'titleEn', 'ngoId', 'aidOwner', 'sectors', 'locations', 'plannedStart', 'plannedEnd',
  'committedAmount', 'currency', 'counterpartFundsVnd', 'beneficiaries', 'description'];
// The element each field's error links to.
const FOCUS = { sectors: 'sector-0-code', locations: 'locations', ngoId: 'ngoId', kind: 'kind' };

const nfc = (s) => (s ?? '').normalize('NFC').trim();
// One empty list, so a render before the first save does not empty the uploader's list again.
const NO_DOCUMENTS = [];

/** Whether an NGO's registration certificate is valid on the day (ISO dates compare as text). */
export function certificateState(ngo, day = today()) {
  if (ngo.certValidFrom && ngo.certValidFrom > day) return 'notYet';
  if (ngo.certValidTo && ngo.certValidTo < day) return 'expired';
  return 'valid';
}

/**
 * The proposal form (new or edit): the facts of the proposal, saved as a draft; once saved, its dossier
 * (documents and the checklist of what the law expects) and the way on to "check your answers".
 */
export class ProposalForm extends VtElement {
  static properties = {
    values: { state: true }, errors: { state: true }, proposal: { state: true }, loadError: { state: true },
    ngos: { state: true }, sectors: { state: true }, units: { state: true }, busy: { state: true },
    saved: { state: true }, aidOwners: { state: true },
  };

  constructor() {
    super();
    this.values = {
      kind: '', titleVi: '', titleEn: '', ngoId: '', aidOwner: '', sectors: [{ code: '', share: '' }], locations: [],
      plannedStart: '', plannedEnd: '', committedAmount: '', currency: 'USD', counterpartFundsVnd: '',
      beneficiaries: '', description: '',
    };
    this.errors = [];
    this.ngos = null;
    this.sectors = null;
    this.units = null;
  }

  get proposalId() {
    return this.params?.id;
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      const [ngos, sectors, units, proposal, orgUnits] = await Promise.all([
        api('/api/ngos'), api('/api/sectors'), api('/api/admin-units'),
        this.proposalId ? api(`/api/proposals/${encodeURIComponent(this.proposalId)}`) : Promise.resolve(null),
        api('/api/org-units')]);
      // the registered aid owners, offered as the name is typed; a new name registers a new one
      this.aidOwners = orgUnits.filter((u) => u.workflowRoles.split(',').includes('aid-owner')).map((u) => u.nameVi);
      this.ngos = ngos;
      this.sectors = sectors;
      this.units = units;
      if (proposal) this.fill(proposal);
      this.loadError = null;
      if (proposal && this.query?.focus === 'documents') {
        await this.updateComplete;
        setTimeout(() => this.querySelector('#dossier-title')?.focus(), 50);
      }
    } catch (error) {
      this.loadError = problemMessage(error);
    }
  }

  fill(p) {
    this.proposal = p;
    this.values = {
      kind: p.kind, titleVi: p.titleVi || '', titleEn: p.titleEn || '', ngoId: String(p.ngo?.id ?? ''),
      aidOwner: p.aidOwner || '',
      sectors: p.sectors?.length ? p.sectors.map((s) => ({ code: s.code, share: formatForInput(s.share, 0) })) : [{ code: '', share: '' }],
      locations: (p.locations || []).map((l) => l.code),
      plannedStart: formatDate(p.plannedStart), plannedEnd: formatDate(p.plannedEnd),
      committedAmount: formatForInput(p.committedAmount),
      currency: p.currency || 'USD',
      counterpartFundsVnd: formatForInput(p.counterpartFundsVnd, 0),
      beneficiaries: formatForInput(p.beneficiaries, 0),
      description: p.description || '',
    };
  }

  set(name, value) {
    this.values = { ...this.values, [name]: value };
  }

  setSector(index, name, value) {
    const sectors = this.values.sectors.map((row, i) => (i === index ? { ...row, [name]: value } : row));
    this.set('sectors', sectors);
  }

  addSector() {
    this.set('sectors', [...this.values.sectors, { code: '', share: '' }]);
    const index = this.values.sectors.length - 1;
    this.updateComplete.then(() => this.querySelector(`#sector-${index}-code`)?.focus());
  }

  removeSector(index) {
    this.set('sectors', this.values.sectors.filter((_, i) => i !== index));
    this.updateComplete.then(() => this.querySelector('#sector-add')?.focus());
  }

  toggleLocation(code, checked) {
    const set = new Set(this.values.locations);
    if (checked) set.add(code);
    else set.delete(code);
    this.set('locations', [...set]);
  }

  /** The sum of the shares typed so far (rows that are not numbers count as 0). */
  get total() {
    return this.values.sectors.reduce((sum, row) => {
      const n = parseNumber(row.share);
      return sum + (Number.isFinite(n) ? n : 0);
    }, 0);
  }

  /** Client-side checks and the request body; errors as {field (body name), message}. */
  validate() {
    const v = this.values;
    const errors = {};
    const need = (name, key) => { if (!nfc(v[name])) errors[name] = t(key); };
    if (!v.kind) errors.kind = t('proposalForm.error.kind');
    need('titleVi', 'proposalForm.error.titleVi');
    if (!v.ngoId) errors.ngoId = t('proposalForm.error.ngo');
    else {
      const ngo = this.ngos?.find((n) => String(n.id) === String(v.ngoId));
      if (ngo && certificateState(ngo) !== 'valid') errors.ngoId = t('proposalForm.error.ngoCertificate', { name: donorName(ngo.nameVi, ngo.name) });
    }
    need('aidOwner', 'proposalForm.error.aidOwner');
    const sectors = [];
    const seen = new Set();
    v.sectors.forEach((row, i) => {
      const share = parseNumber(row.share);
      if (errors.sectors) return;
      if (!row.code) errors.sectors = t('proposalForm.error.sectorMissing', { n: i + 1 });
      else if (seen.has(row.code)) errors.sectors = t('proposalForm.error.sectorTwice', { n: i + 1 });
      else if (share === null || !Number.isFinite(share) || share <= 0 || share > 100 || decimalPlaces(share) > 2) {
        errors.sectors = t('proposalForm.error.share', { n: i + 1 });
      }
      seen.add(row.code);
      sectors.push({ code: row.code, share });
    });
    if (!v.sectors.length) errors.sectors = t('proposalForm.error.sectorMissing', { n: 1 });
    else if (!errors.sectors && Math.round(this.total * 100) !== 10000) {
      errors.sectors = t('proposalForm.error.total', { total: formatNumber(this.total) });
    }
    if (!v.locations.length) errors.locations = t('proposalForm.error.locations');
    const start = parseDate(v.plannedStart);
    const end = parseDate(v.plannedEnd);
    if (!nfc(v.plannedStart)) errors.plannedStart = t('proposalForm.error.startRequired');
    else if (!start) errors.plannedStart = t('proposalForm.error.date');
    if (!nfc(v.plannedEnd)) errors.plannedEnd = t('proposalForm.error.endRequired');
    else if (!end) errors.plannedEnd = t('proposalForm.error.date');
    const amount = parseNumber(v.committedAmount);
    if (amount === null) errors.committedAmount = t('proposalForm.error.amountRequired');
    else if (!Number.isFinite(amount) || amount <= 0 || decimalPlaces(amount) > 2) errors.committedAmount = t('proposalForm.error.amount');
    if (!v.currency) errors.currency = t('proposalForm.error.currency');
    const counterpart = parseNumber(v.counterpartFundsVnd);
    if (counterpart !== null && (!Number.isFinite(counterpart) || decimalPlaces(counterpart) > 0)) {
      errors.counterpartFundsVnd = t('proposalForm.error.wholeNumber');
    }
    const beneficiaries = parseNumber(v.beneficiaries);
    if (beneficiaries !== null && (!Number.isFinite(beneficiaries) || decimalPlaces(beneficiaries) > 0)) {
      errors.beneficiaries = t('proposalForm.error.wholeNumber');
    }
    const body = {
      kind: v.kind, titleVi: nfc(v.titleVi), titleEn: nfc(v.titleEn) || null, ngoId: Number(v.ngoId),
      aidOwner: nfc(v.aidOwner), sectors, locations: v.locations, plannedStart: start, plannedEnd: end,
      committedAmount: amount, currency: v.currency, counterpartFundsVnd: counterpart, beneficiaries,
      description: nfc(v.description) || null,
    };
    if (this.proposal) body.version = this.proposal.version;
    return { errors, body };
  }

  showErrors(byField, other = []) {
    this.errors = [
      ...FIELDS.filter((name) => byField[name]).map((name) => ({ field: FOCUS[name] || name, name, message: byField[name] })),
      ...other.map((message) => ({ field: null, message })),
    ];
  }

  async save(event) {
    event.preventDefault();
    // Documents chosen but not yet uploaded go with the save.
    const uploader = this.querySelector('vt-document-uploader');
    if (await this.send() && uploader?.pending.length) await uploader.send();
  }

  /** The draft's id once saved: saves it first when documents are added before the first save; null when it cannot be. */
  async ensureSaved() {
    return this.proposal?.id ?? (await this.send())?.id ?? null;
  }

  /**
   * Saves what the form holds: creates the draft, or saves the changes. A new draft takes its address without leaving
   * the page, so documents on their way go on. The proposal saved, or null with the errors shown.
   */
  async send() {
    this.saved = null;
    const { errors, body } = this.validate();
    if (Object.keys(errors).length) {
      this.showErrors(errors);
      return null;
    }
    this.busy = true;
    try {
      const creating = !this.proposal;
      const saved = creating ? await api('/api/proposals', { method: 'POST', body })
        : await api(`/api/proposals/${this.proposal.id}`, { method: 'PUT', body });
      if (creating) {
        this.fill(saved);
        this.params = { ...this.params, id: String(saved.id) };
        history.replaceState(null, '', href(`/proposals/${saved.id}/edit`));
      } else {
        this.proposal = saved;
      }
      this.errors = [];
      this.saved = creating ? 'created' : 'updated';
      this.updateComplete.then(() => this.querySelector('#save-notice')?.focus());
      return saved;
    } catch (error) {
      this.failed(error);
      return null;
    } finally {
      this.busy = false;
    }
  }

  failed(error) {
    if (error.status === 400 && error.violations.length) {
      const { byField, other } = error.fieldErrors([...FIELDS, 'version']);
      this.showErrors(byField, [...other, ...(byField.version ? [byField.version] : [])]);
    } else if (error.status === 409) {
      const stale = error.problem?.code === 'stale-version';
      this.errors = [{ field: null, message: stale ? t('proposalForm.error.stale') : t('proposalForm.error.notEditable') }];
    } else {
      // Nothing typed is lost: the values stay in the form; the summary says what went wrong.
      this.errors = [{ field: null, message: problemMessage(error) }];
    }
  }

  error(name) {
    return this.errors.find((e) => e.name === name)?.message;
  }

  render() {
    const editing = !!this.proposalId;
    const title = editing ? t('proposalForm.editTitle') : t('proposalForm.newTitle');
    // One h1 in one place whatever the state, so the focus the shell gives it survives loading.
    return html`
      ${this.proposal ? html`<p class="mb-1"><a href=${href('/proposals?mine=true')}>${t('proposalForm.backToMine')}</a></p>` : ''}
      <h1 tabindex="-1">${title}</h1>
      ${this.renderBody(editing)}`;
  }

  renderBody(editing) {
    if (this.loadError) {
      return html`<div class="notice notice-error" role="alert">${this.loadError}</div>
        <button class="btn btn-secondary" type="button" @click=${() => this.load()}>${t('proposalForm.retry')}</button>`;
    }
    if (!this.ngos || (editing && !this.proposal)) return html`<p role="status">${t('common.loading')}</p>`;
    const p = this.proposal;
    const draft = !p || p.status === 'DRAFT';
    const v = this.values;
    return html`
      ${p ? html`<p class="lead-status">${t('proposal.status')}: <vt-status-tag status=${p.status}></vt-status-tag></p>` : ''}
      ${p && !draft ? html`<div class="notice notice-info">${t('proposalForm.notDraft')}</div>` : ''}
      <div id="save-notice" tabindex="-1" role="status">
        ${this.saved ? html`<div class="notice notice-success">${t(this.saved === 'created' ? 'proposalForm.created' : 'proposalForm.updated')}</div>` : ''}
      </div>
      <vt-error-summary .errors=${this.errors}></vt-error-summary>
      <form class="proposal-form" novalidate @submit=${this.save}>
        ${radios({ id: 'kind', label: t('proposalForm.kind'), value: v.kind, error: this.error('kind'),
          options: KINDS.map((k) => ({ value: k, label: t(`kind.${k}`), hint: t(`proposalForm.kindHint.${k}`) })),
          onInput: (value) => this.set('kind', value) })}
        ${textField({ id: 'titleVi', label: t('proposalForm.titleVi'), value: v.titleVi, required: true, maxLength: 500,
          error: this.error('titleVi'), onInput: (value) => this.set('titleVi', value) })}
        ${textField({ id: 'titleEn', label: t('proposalForm.titleEn'), hint: t('proposalForm.titleEnHint'),
          value: v.titleEn, maxLength: 500, error: this.error('titleEn'), onInput: (value) => this.set('titleEn', value) })}
        ${this.renderNgos()}
        ${textField({ id: 'aidOwner', label: t('proposalForm.aidOwner'), hint: t('proposalForm.aidOwnerHint'), value: v.aidOwner,
          required: true, maxLength: 300, list: 'aid-owners', autocomplete: 'off', error: this.error('aidOwner'),
          onInput: (value) => this.set('aidOwner', value) })}
        <datalist id="aid-owners">${(this.aidOwners || []).map((name) => html`<option value=${name}></option>`)}</datalist>
        ${this.renderSectors()}
        ${this.renderLocations()}
        <fieldset class="mb-3">
          <legend class="form-label fw-semibold fs-6">${t('proposalForm.period')}</legend>
          <div class="d-flex flex-wrap gap-4">
            ${dateField({ id: 'plannedStart', label: t('proposalForm.plannedStart'), hint: t('proposalForm.dateHint'),
              value: v.plannedStart, required: true, error: this.error('plannedStart'), onInput: (value) => this.set('plannedStart', value) })}
            ${dateField({ id: 'plannedEnd', label: t('proposalForm.plannedEnd'), hint: t('proposalForm.dateHint'),
              value: v.plannedEnd, required: true, error: this.error('plannedEnd'), onInput: (value) => this.set('plannedEnd', value) })}
          </div>
        </fieldset>
        <div class="d-flex flex-wrap gap-4">
          ${numberField({ id: 'committedAmount', label: t('proposalForm.amount'), hint: t('proposalForm.amountHint'),
            value: v.committedAmount, required: true, error: this.error('committedAmount'),
            onInput: (value) => this.set('committedAmount', value) })}
          ${selectField({ id: 'currency', label: t('proposalForm.currency'), value: v.currency, required: true, width: 'input-currency',
            error: this.error('currency'), options: CURRENCIES.map((c) => ({ value: c, label: c })),
            onInput: (value) => this.set('currency', value) })}
        </div>
        <div class="d-flex flex-wrap gap-4">
          ${numberField({ id: 'counterpartFundsVnd', label: t('proposalForm.counterpart'), hint: t('proposalForm.counterpartHint'),
            value: v.counterpartFundsVnd, whole: true, error: this.error('counterpartFundsVnd'),
            onInput: (value) => this.set('counterpartFundsVnd', value) })}
          ${numberField({ id: 'beneficiaries', label: t('proposalForm.beneficiaries'), hint: t('proposalForm.beneficiariesHint'),
            value: v.beneficiaries, whole: true, error: this.error('beneficiaries'),
            onInput: (value) => this.set('beneficiaries', value) })}
        </div>
        ${textArea({ id: 'description', label: t('proposalForm.description'), value: v.description, maxLength: 8000, rows: 5,
          error: this.error('description'), onInput: (value) => this.set('description', value) })}
        <div class="d-flex flex-wrap gap-3 align-items-center">
          <button class="btn btn-primary btn-lg" type="submit" ?disabled=${this.busy}>
            ${draft ? t('proposalForm.saveDraft') : t('proposalForm.saveChanges')}</button>
          ${this.busy ? html`<span role="status">${t('proposalForm.saving')}</span>` : ''}
        </div>
      </form>
      ${this.renderDossier(p, draft)}`;
  }

  renderNgos() {
    const day = today();
    const error = this.error('ngoId');
    const firstEnabled = this.ngos.find((n) => certificateState(n, day) === 'valid');
    const blocked = this.ngos.filter((n) => certificateState(n, day) !== 'valid');
    return html`
      <fieldset class="mb-3 field ${error ? 'field-error' : ''}" aria-describedby="ngo-hint ${error ? 'ngo-error' : ''}">
        <legend class="form-label fw-semibold fs-6">${t('proposalForm.ngo')} <span class="req" aria-hidden="true">*</span></legend>
        <div id="ngo-hint" class="form-text mt-0 mb-1">${t('proposalForm.ngoHint')}${blocked.length ? ` ${t('proposalForm.ngoBlocked')}` : ''}</div>
        ${error ? html`<div id="ngo-error" class="error-message">${error}</div>` : ''}
        <div class="ngo-list">
          ${this.ngos.map((n) => {
            const state = certificateState(n, day);
            const id = n === firstEnabled ? 'ngoId' : `ngo-${n.id}`;
            return html`
              <div class="form-check ngo-option ${state !== 'valid' ? 'ngo-blocked' : ''}">
                <input class="form-check-input" type="radio" name="ngoId" id=${id} value=${n.id}
                  ?disabled=${state !== 'valid'} aria-describedby="${id}-cert"
                  .checked=${live(String(this.values.ngoId) === String(n.id))} @change=${() => this.set('ngoId', String(n.id))}>
                <label class="form-check-label fw-semibold" for=${id}>${donorName(n.nameVi, n.name)}
                  <span class="fw-normal">${donorDetail(n)}</span></label>
                <div id="${id}-cert" class="form-text mt-0">
                  ${t(`proposalForm.certKind.${n.certKind}`)} ${t('proposalForm.certNumber', { number: n.certNumber })} ·
                  ${t('proposalForm.certValidity', { from: formatDate(n.certValidFrom), to: formatDate(n.certValidTo) })}
                  ${state === 'valid' ? html`<strong class="tag tag-green ms-1">${t('proposalForm.certValid')}</strong>`
                    : html`<strong class="tag tag-red ms-1">${t(state === 'expired' ? 'proposalForm.certExpired' : 'proposalForm.certNotYet')}</strong>
                      <span class="d-block ngo-why">${t(state === 'expired' ? 'proposalForm.certExpiredWhy' : 'proposalForm.certNotYetWhy',
                        { date: formatDate(state === 'expired' ? n.certValidTo : n.certValidFrom) })}</span>`}
                </div>
              </div>`;
          })}
        </div>
      </fieldset>`;
  }

  renderSectors() {
    const error = this.error('sectors');
    const total = this.total;
    const complete = Math.round(total * 100) === 10000;
    const options = (this.sectors || []).map((s) => ({ value: s.code, label: `${pick(s, 'name')} (${s.crsCode})` }));
    return html`
      <fieldset class="mb-3 field ${error ? 'field-error' : ''}" aria-describedby="sectors-hint ${error ? 'sectors-error' : ''}">
        <legend class="form-label fw-semibold fs-6">${t('proposalForm.sectors')} <span class="req" aria-hidden="true">*</span></legend>
        <div id="sectors-hint" class="form-text mt-0 mb-1">${t('proposalForm.sectorsHint')}</div>
        ${error ? html`<div id="sectors-error" class="error-message">${error}</div>` : ''}
        ${this.values.sectors.map((row, i) => html`
          <div class="sector-row d-flex flex-wrap align-items-end gap-2 mb-2">
            <div class="flex-grow-1">
              <label class="form-label" for="sector-${i}-code">${t('proposalForm.sector', { n: i + 1 })}</label>
              <select class="form-select" id="sector-${i}-code" @change=${(e) => this.setSector(i, 'code', e.target.value)}>
                <option value="" ?selected=${!row.code}>${t('proposalForm.chooseSector')}</option>
                ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === row.code}>${o.label}</option>`)}
              </select>
            </div>
            <div>
              <label class="form-label" for="sector-${i}-share">${t('proposalForm.share', { n: i + 1 })}</label>
              <div class="input-group input-share">
                <input class="form-control" id="sector-${i}-share" inputmode="decimal" autocomplete="off"
                  .value=${live(row.share)} @input=${(e) => this.setSector(i, 'share', e.target.value)}
                  @change=${(e) => this.setSector(i, 'share', formatTyped(e.target.value))}>
                <span class="input-group-text">%</span>
              </div>
            </div>
            ${this.values.sectors.length > 1 ? html`
              <button type="button" class="btn btn-outline-secondary" @click=${() => this.removeSector(i)}>
                ${t('proposalForm.removeSector')}<span class="visually-hidden"> ${i + 1}</span></button>` : ''}
          </div>`)}
        <div class="d-flex flex-wrap align-items-center gap-3">
          <button type="button" id="sector-add" class="btn btn-outline-secondary" @click=${this.addSector}>${t('proposalForm.addSector')}</button>
          <p class="sector-total mb-0 ${complete ? 'total-ok' : 'total-short'}" aria-live="polite" data-testid="sector-total">
            ${t('proposalForm.total', { total: formatNumber(total) })}
            ${complete ? html`<strong class="tag tag-green">${t('proposalForm.totalOk')}</strong>`
              : html`<strong class="tag tag-yellow">${total < 100 ? t('proposalForm.totalShort', { rest: formatNumber(100 - total) })
                : t('proposalForm.totalOver', { over: formatNumber(total - 100) })}</strong>`}
          </p>
        </div>
      </fieldset>`;
  }

  renderLocations() {
    const day = today();
    const error = this.error('locations');
    const valid = (this.units || []).filter((u) => u.validFrom <= day && (!u.validTo || u.validTo >= day));
    const byCode = new Map(valid.map((u) => [u.code, u]));
    const order = (a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || a.name.localeCompare(b.name, 'vi');
    // Each unit after its parent, indented one step per level.
    const depth = (u) => (u.parentCode && byCode.has(u.parentCode) ? depth(byCode.get(u.parentCode)) + 1 : 0);
    const tree = [];
    const visit = (parent) => valid.filter((u) => (u.parentCode && byCode.has(u.parentCode) ? u.parentCode : null) === parent)
      .sort(order).forEach((u) => { tree.push(u); visit(u.code); });
    visit(null);
    // Units a saved proposal names that no longer exist are still shown (checked), so they can be unticked.
    const gone = this.values.locations.filter((code) => !byCode.has(code))
      .map((code) => (this.units || []).find((u) => u.code === code) || { code, name: code });
    return html`
      <fieldset class="mb-3 field ${error ? 'field-error' : ''}" aria-describedby="locations-hint ${error ? 'locations-error' : ''}">
        <legend class="form-label fw-semibold fs-6">${t('proposalForm.locations')} <span class="req" aria-hidden="true">*</span></legend>
        <div id="locations-hint" class="form-text mt-0 mb-1">${t('proposalForm.locationsHint')}</div>
        ${error ? html`<div id="locations-error" class="error-message">${error}</div>` : ''}
        <div class="location-list">
          ${[...tree, ...gone].map((u, i) => html`
            <div class="form-check" style="margin-left: ${(byCode.has(u.code) ? depth(u) : 0) * 1.5}rem">
              <input class="form-check-input" type="checkbox" id=${i === 0 ? 'locations' : `location-${u.code}`} value=${u.code}
                .checked=${live(this.values.locations.includes(u.code))} @change=${(e) => this.toggleLocation(u.code, e.target.checked)}>
              <label class="form-check-label" for=${i === 0 ? 'locations' : `location-${u.code}`}>${u.name}${byCode.has(u.code) ? '' : html` <strong class="tag tag-red">${t('proposalForm.locationGoneTag')}</strong>`}</label>
            </div>`)}
        </div>
      </fieldset>`;
  }

  /** The dossier, also before the first save (one uploader throughout, so files on their way are not lost). */
  renderDossier(p, draft) {
    const refresh = () => this.querySelector('vt-dossier-checklist')?.load();
    return html`
      <section class="mt-5 proposal-dossier" aria-labelledby="dossier-title" id="documents">
        <h2 id="dossier-title" tabindex="-1">${t('proposalForm.dossier')}</h2>
        ${p ? html`<vt-dossier-checklist .proposalId=${p.id}></vt-dossier-checklist>` : ''}
        <vt-document-uploader .proposalId=${p?.id} .documents=${p?.documents || NO_DOCUMENTS} editable
          .ensureProposal=${() => this.ensureSaved()} @documents-changed=${refresh}></vt-document-uploader>
      </section>
      ${p ? this.renderNext(p, draft) : ''}`;
  }

  renderNext(p, draft) {
    return html`
      <section class="mt-4" aria-labelledby="next-title">
        <h2 id="next-title" class="h4">${t('proposalForm.next')}</h2>
        ${draft ? html`
          <p>${t('proposalForm.nextDraft')}</p>
          <a class="btn btn-success btn-lg" href=${href(`/proposals/${p.id}/check`)}>${t('proposalForm.toCheck')}</a>`
          : html`<p>${t('proposalForm.nextTask')}</p>
          <a class="btn btn-secondary" href=${href('/inbox')}>${t('proposalForm.toInbox')}</a>`}
      </section>`;
  }
}
customElements.define('vt-proposal-form', ProposalForm);

