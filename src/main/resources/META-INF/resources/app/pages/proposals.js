import { html } from 'lit';
import { ListPage } from '../lib/list-page.js';
import { t, pick, donorName } from '../lib/i18n.js';
import { formatDate, formatMoney } from '../lib/format.js';
import { hasRole } from '../lib/session.js';
import { href } from '../lib/router.js';
import '../components/status-tag.js';
import '../components/pager.js';
import { kindFilter } from '../components/kind-filter.js';

export const STATUSES = ['DRAFT', 'CHECKING', 'SUPPLEMENT_REQUESTED', 'CONSULTING', 'APPRAISING', 'REVISION_REQUESTED',
  'AWAITING_APPROVAL', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'REVOKED', 'CLOSED'];

/** Proposals the user may see; an officer starts on their own, by status. */
export class ProposalsPage extends ListPage {

  connectedCallback() {
    super.connectedCallback();
    const q = this.query || {};
    this.filter = {
      status: q.status || '', kind: q.kind || '', q: q.q || '', page: Number(q.page || 0),
      mine: q.mine !== undefined ? q.mine === 'true' : hasRole('officer'),
    };
    this.load();
  }

  get endpoint() {
    return '/api/proposals';
  }

  addressQuery() {
    return { ...super.addressQuery(), mine: hasRole('officer') ? String(this.filter.mine) : '' };
  }

  apiQuery() {
    return { ...this.filter, mine: this.filter.mine || '' };
  }

  render() {
    const f = this.filter;
    return html`
      <div class="d-flex flex-wrap justify-content-between align-items-start gap-2">
        <h1 tabindex="-1">${f.mine ? t('proposals.mine') : t('proposals.title')}</h1>
        ${hasRole('officer') ? html`<a class="btn btn-primary" href=${href('/proposals/new')}>${t('proposals.new')}</a>` : ''}
      </div>
      <form class="row g-2 align-items-end mb-3" role="search" @submit=${this.search}>
        <div class="col-sm-6 col-lg-3">
          <label class="form-label" for="filter-status">${t('proposals.status')}</label>
          <select id="filter-status" class="form-select" @change=${(e) => this.change('status', e.target.value)}>
            <option value="">${t('proposals.allStatuses')}</option>
            ${STATUSES.map((s) => html`<option value=${s} ?selected=${f.status === s}>${t(`status.${s}`)}</option>`)}
          </select>
        </div>
        <div class="col-sm-6 col-lg-3">
          ${kindFilter({ label: t('proposals.kind'), value: f.kind, onChange: (v) => this.change('kind', v) })}
        </div>
        <div class="col-sm-8 col-lg-4">
          <label class="form-label" for="filter-q">${t('proposals.search')}</label>
          <input id="filter-q" class="form-control" type="search" .value=${f.q}
            @input=${(e) => this.change('q', e.target.value)}>
        </div>
        <div class="col-sm-4 col-lg-2"><button class="btn btn-secondary w-100" type="submit">${t('proposals.searchButton')}</button></div>
        ${hasRole('officer') ? html`
          <div class="col-12 form-check ms-1">
            <input class="form-check-input" type="checkbox" id="filter-mine" .checked=${f.mine}
              @change=${(e) => this.change('mine', e.target.checked)}>
            <label class="form-check-label" for="filter-mine">${t('proposals.onlyMine')}</label>
          </div>` : ''}
      </form>
      ${this.error ? html`<div class="notice notice-error" role="alert">${this.error}</div>` : ''}
      ${this.data ? this.renderTable() : html`<p role="status">${t('common.loading')}</p>`}`;
  }

  renderTable() {
    if (!this.data.items.length) return html`<p role="status">${t('proposals.none')}</p>`;
    return html`
      <div class="table-responsive">
        <table class="table align-middle">
          <caption class="visually-hidden">${t('proposals.title')}</caption>
          <thead><tr>
            <th scope="col">${t('proposals.titleColumn')}</th>
            <th scope="col">${t('proposals.ngo')}</th>
            <th scope="col" class="num">${t('proposals.amount')}</th>
            <th scope="col">${t('proposals.status')}</th>
            <th scope="col">${t('proposals.submitted')}</th>
          </tr></thead>
          <tbody>
            ${this.data.items.map((p) => html`<tr>
              <td><a href=${href(p.status === 'DRAFT' ? `/proposals/${p.id}/edit` : `/proposals/${p.id}`)}>${pick(p, 'title')}</a>
                <div class="form-text mt-0">${t(`kind.${p.kind}`)} · ${p.owner}</div></td>
              <td>${donorName(p.ngoNameVi, p.ngoName)}</td>
              <td class="num">${formatMoney(p.committedAmount, p.currency)}</td>
              <td><vt-status-tag status=${p.status}></vt-status-tag></td>
              <td>${formatDate(p.submittedAt)}</td>
            </tr>`)}
          </tbody>
        </table>
      </div>
      <vt-pager .page=${this.data.page} .size=${this.data.size} .total=${this.data.total}
        @page=${(e) => this.change('page', e.detail)}></vt-pager>`;
  }
}
customElements.define('vt-proposals-page', ProposalsPage);
