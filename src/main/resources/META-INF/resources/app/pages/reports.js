import { html } from 'lit';
import { VtElement } from '../lib/element.js';
import { t, pick } from '../lib/i18n.js';
import { api } from '../lib/api.js';
import { problemMessage } from '../lib/errors.js';
import { hasRole } from '../lib/session.js';
import '../components/obligation-table.js';
import '../components/status-tag.js';

/**
 * The reports aid owners owe (Decree 80/2020 Art. 14(4)): an aid owner's home, with its unit's aid and where each
 * stands (approved, closed, revoked, under appraisal) and each report with its period, due date and state; officers
 * and leadership see every aid owner's reports.
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

  /** Only the reports past their due date and not sent (the dashboard's link to the missing ones). */
  get overdueOnly() {
    return this.query?.overdue === 'true';
  }

  async load() {
    try {
      const [obligations, projects] = await Promise.all([
        api('/api/report-obligations', { query: this.overdueOnly ? { overdue: true } : {} }),
        this.aidOwner ? api('/api/proposals?size=200') : Promise.resolve(null),
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
        ${this.projects.map((p) => html`<li>${pick(p, 'title')} <vt-status-tag status=${p.status}></vt-status-tag></li>`)}
      </ul>` : html`<p>${t('reports.noProjects')}</p>`}`;
  }

  renderObligations() {
    const title = t(this.overdueOnly ? 'reports.overdueOnly' : 'reports.obligations');
    return html`
      <h2 class="h4">${title}</h2>
      ${this.overdueOnly ? html`<p><a href="#/reports">${t('reports.showAll')}</a></p>` : ''}
      <vt-obligation-table .obligations=${this.obligations} caption=${title} ?showOwner=${!this.aidOwner}
        showProject></vt-obligation-table>`;
  }
}
customElements.define('vt-reports-page', ReportsPage);
