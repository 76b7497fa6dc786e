import { html } from 'lit';
import { VtElement } from '../lib/element.js';
import { t, pick } from '../lib/i18n.js';
import { api } from '../lib/api.js';
import { problemMessage } from '../lib/errors.js';
import { formatDate } from '../lib/format.js';
import { href } from '../lib/router.js';
import './obligation-tag.js';
import './report-view.js';

/**
 * The report a reporting task is about, for the one doing the task: the obligation (kind, project, period, due date,
 * state) and its latest report in full, earlier rounds behind a link to the report's page.
 * obligationId
 */
export class ReportSummary extends VtElement {
  static properties = { obligationId: { type: Number }, obligation: { state: true }, failure: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      this.obligation = await api(`/api/report-obligations/${this.obligationId}`);
      this.failure = null;
    } catch (error) {
      this.failure = problemMessage(error);
    }
  }

  render() {
    if (this.failure) return html`<div class="notice notice-error" role="alert">${this.failure}</div>`;
    const o = this.obligation;
    if (!o) return html`<p role="status">${t('common.loading')}</p>`;
    const [latest] = o.reports;
    return html`
      <dl class="summary-list" data-testid="report-summary">
        <div><dt>${t('report.kind')}</dt><dd>${pick(o, 'kindLabel')}</dd></div>
        <div><dt>${t('report.project')}</dt><dd><a href=${href(`/projects/${o.projectId}`)}>${pick(o, 'projectTitle')}</a></dd></div>
        <div><dt>${t('report.aidOwner')}</dt><dd>${o.aidOwner}</dd></div>
        <div><dt>${t('report.period')}</dt><dd>${formatDate(o.periodStart)} – ${formatDate(o.periodEnd)}</dd></div>
        <div><dt>${t('report.dueDate')}</dt><dd>${formatDate(o.dueDate)}</dd></div>
        <div><dt>${t('report.state')}</dt><dd><vt-obligation-tag .obligation=${o}></vt-obligation-tag></dd></div>
      </dl>
      ${latest ? html`<vt-report-view .obligationId=${o.id} .report=${latest}></vt-report-view>`
        : html`<p>${t('report.noneSent')}</p>`}
      <p><a href=${href(`/reports/${o.id}`)}>${t(o.reports.length > 1 ? 'report.allRounds' : 'report.page',
        { n: o.reports.length })}</a></p>`;
  }
}
customElements.define('vt-report-summary', ReportSummary);
