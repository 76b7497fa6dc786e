import { html } from 'lit';
import { VtElement } from '../lib/element.js';
import { t, pick } from '../lib/i18n.js';
import { api } from '../lib/api.js';
import { problemMessage } from '../lib/errors.js';
import { formatDate } from '../lib/format.js';
import { hasRole } from '../lib/session.js';
import { href } from '../lib/router.js';
import '../components/obligation-tag.js';

/**
 * The reports aid owners owe (Decree 80/2020 Art. 14(4)): an aid owner's home, with its unit's projects and each
 * report with its period, due date and state; officers and leadership see every aid owner's.
 */
export class ReportsPage extends VtElement {
  static properties = { obligations: { state: true }, projects: { state: true }, failure: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  get aidOwner() {
    return hasRole('aid-owner');
  }

  async load() {
    try {
      const [obligations, projects] = await Promise.all([
        api('/api/report-obligations'),
        this.aidOwner ? api('/api/proposals?status=APPROVED&size=200') : Promise.resolve(null),
      ]);
      this.obligations = obligations;
      this.projects = projects?.items;
      this.failure = null;
    } catch (error) {
      this.failure = problemMessage(error);
    }
  }

  render() {
    return html`
      <h1 tabindex="-1">${t(this.aidOwner ? 'reports.titleOwner' : 'reports.title')}</h1>
      <p class="lead fs-6">${t('reports.intro')}</p>
      ${this.failure ? html`<div class="notice notice-error" role="alert">${this.failure}</div>` : ''}
      ${this.projects ? this.renderProjects() : ''}
      ${this.obligations ? this.renderObligations() : (this.failure ? '' : html`<p role="status">${t('common.loading')}</p>`)}`;
  }

  renderProjects() {
    return html`
      <h2 class="h4">${t('reports.projects')}</h2>
      ${this.projects.length ? html`<ul class="reports-projects">
        ${this.projects.map((p) => html`<li>${pick(p, 'title')}</li>`)}
      </ul>` : html`<p>${t('reports.noProjects')}</p>`}`;
  }

  renderObligations() {
    if (!this.obligations.length) return html`<p role="status">${t('reports.none')}</p>`;
    return html`
      <h2 class="h4">${t('reports.obligations')}</h2>
      <div class="table-responsive">
        <table class="table align-middle reports-table">
          <caption class="visually-hidden">${t('reports.obligations')}</caption>
          <thead><tr>
            <th scope="col">${t('reports.report')}</th>
            ${this.aidOwner ? '' : html`<th scope="col">${t('reports.aidOwner')}</th>`}
            <th scope="col">${t('reports.period')}</th>
            <th scope="col">${t('reports.dueDate')}</th>
            <th scope="col">${t('reports.state')}</th>
          </tr></thead>
          <tbody>
            ${this.obligations.map((o) => html`<tr>
              <td><a href=${href(`/reports/${o.id}`)}>${pick(o, 'kindLabel')}</a>
                <div class="form-text mt-0">${pick(o, 'projectTitle')}</div></td>
              ${this.aidOwner ? '' : html`<td>${o.aidOwner}</td>`}
              <td>${formatDate(o.periodStart)} – ${formatDate(o.periodEnd)}</td>
              <td>${formatDate(o.dueDate)}</td>
              <td><vt-obligation-tag .obligation=${o}></vt-obligation-tag></td>
            </tr>`)}
          </tbody>
        </table>
      </div>`;
  }
}
customElements.define('vt-reports-page', ReportsPage);
