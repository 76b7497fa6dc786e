import { html } from 'lit';
import { ListPage } from '../lib/list-page.js';
import { t, pick, donorName } from '../lib/i18n.js';
import { formatDate, formatMoney } from '../lib/format.js';
import { href } from '../lib/router.js';
import { PROJECT_STATUSES } from '../components/status-tag.js';
import '../components/pager.js';

/** Approved proposals are projects (also once revoked or closed): the list leads to each one's ledger. */
export class ProjectsPage extends ListPage {

  connectedCallback() {
    super.connectedCallback();
    const q = this.query || {};
    this.filter = { status: PROJECT_STATUSES.includes(q.status) ? q.status : '', q: q.q || '', page: Number(q.page || 0) };
    this.load();
  }

  get endpoint() {
    return '/api/proposals';
  }

  apiQuery() {
    return { ...this.filter, project: 'true' };
  }

  render() {
    return html`
      <h1 tabindex="-1">${t('projects.title')}</h1>
      <p class="lead fs-6">${t('projects.intro')}</p>
      <form class="row g-2 align-items-end mb-3" role="search" @submit=${this.search}>
        <div class="col-sm-6 col-lg-3">
          <label class="form-label" for="projects-status">${t('projects.status')}</label>
          <select id="projects-status" class="form-select" @change=${(e) => this.change('status', e.target.value)}>
            <option value="">${t('projects.allStatuses')}</option>
            ${PROJECT_STATUSES.map((s) => html`<option value=${s} ?selected=${this.filter.status === s}>${t(`status.${s}`)}</option>`)}
          </select>
        </div>
        <div class="col-sm-6 col-lg-5">
          <label class="form-label" for="projects-q">${t('projects.search')}</label>
          <input id="projects-q" class="form-control" type="search" .value=${this.filter.q}
            @input=${(e) => { this.filter = { ...this.filter, q: e.target.value }; }}>
        </div>
        <div class="col-sm-4 col-lg-2"><button class="btn btn-secondary w-100" type="submit">${t('projects.searchButton')}</button></div>
      </form>
      ${this.error ? html`<div class="notice notice-error" role="alert">${this.error}</div>` : ''}
      ${this.data ? this.renderTable() : (this.error ? '' : html`<p role="status">${t('common.loading')}</p>`)}`;
  }

  renderTable() {
    if (!this.data.items.length) return html`<p role="status">${t('projects.none')}</p>`;
    return html`
      <div class="table-responsive">
        <table class="table align-middle">
          <caption class="visually-hidden">${t('projects.title')}</caption>
          <thead><tr>
            <th scope="col">${t('projects.name')}</th>
            <th scope="col">${t('projects.ngo')}</th>
            <th scope="col">${t('projects.status')}</th>
            <th scope="col" class="num">${t('projects.committed')}</th>
            <th scope="col">${t('projects.submitted')}</th>
          </tr></thead>
          <tbody>
            ${this.data.items.map((p) => html`<tr>
              <td><a href=${href(`/projects/${p.id}`)}>${pick(p, 'title')}</a>
                <div class="form-text mt-0">${t(`kind.${p.kind}`)}</div></td>
              <td>${donorName(p.ngoNameVi, p.ngoName)}</td>
              <td><vt-status-tag .status=${p.status}></vt-status-tag></td>
              <td class="num">${formatMoney(p.committedAmount, p.currency)}</td>
              <td>${formatDate(p.submittedAt)}</td>
            </tr>`)}
          </tbody>
        </table>
      </div>
      <vt-pager .page=${this.data.page} .size=${this.data.size} .total=${this.data.total}
        @page=${(e) => this.change('page', e.detail)}></vt-pager>`;
  }
}
customElements.define('vt-projects-page', ProjectsPage);
