import { html } from 'lit';
import { VtElement } from '../lib/element.js';
import { t, pick } from '../lib/i18n.js';
import { download } from '../lib/api.js';
import { problemMessage } from '../lib/errors.js';
import { formatBytes, formatDateTime, formatMoney, formatNumber } from '../lib/format.js';

/**
 * One report as it was sent: who sent it and when, the amounts received and spent by currency, each results
 * indicator's baseline, target and actual, what happened in words, its files (to download) and the officer's review.
 * obligationId (where its files live), report (a ReportView of the API)
 */
export class ReportView extends VtElement {
  static properties = { obligationId: { type: Number }, report: { type: Object }, failure: { state: true } };

  async fetchFile(file) {
    try {
      await download(`/api/report-obligations/${this.obligationId}/attachments/${file.id}`, {}, file.filename);
      this.failure = null;
    } catch (error) {
      this.failure = problemMessage(error);
    }
  }

  render() {
    const r = this.report;
    if (!r) return html``;
    return html`
      <section class="report-sent mb-4" data-testid="report-${r.id}">
        <h3 class="h5">${t('report.sentBy', { user: r.submittedBy, at: formatDateTime(r.submittedAt) })}
          ${r.onBehalf ? html`<strong class="tag tag-grey">${t('report.onBehalf')}</strong>` : ''}</h3>
        <div class="table-responsive">
          <table class="table table-sm w-auto">
            <caption>${t('report.amounts')}</caption>
            <thead><tr><th scope="col">${t('report.currency')}</th><th scope="col" class="num">${t('report.received')}</th>
              <th scope="col" class="num">${t('report.spent')}</th></tr></thead>
            <tbody>${r.amounts.length ? r.amounts.map((a) => html`<tr><th scope="row">${a.currency}</th>
              <td class="num">${formatMoney(a.received, a.currency)}</td><td class="num">${formatMoney(a.spent, a.currency)}</td></tr>`)
              : html`<tr><td colspan="3">${t('report.noAmounts')}</td></tr>`}</tbody>
          </table>
        </div>
        ${r.indicators.length ? html`<div class="table-responsive">
          <table class="table table-sm w-auto" data-testid="report-indicators">
            <caption>${t('report.indicators')}</caption>
            <thead><tr><th scope="col">${t('report.indicator')}</th><th scope="col" class="num">${t('report.baseline')}</th>
              <th scope="col" class="num">${t('report.target')}</th><th scope="col" class="num">${t('report.actual')}</th>
              <th scope="col">${t('report.unit')}</th></tr></thead>
            <tbody>${r.indicators.map((i) => html`<tr><th scope="row">${pick(i, 'name')}</th>
              <td class="num">${formatNumber(i.baseline)}</td><td class="num">${formatNumber(i.target)}</td>
              <td class="num">${formatNumber(i.actual)}</td><td>${i.unit}</td></tr>`)}</tbody>
          </table>
        </div>` : ''}
        <h4 class="h6">${t('report.narrative')}</h4>
        <p class="narrative">${r.narrative}</p>
        <h4 class="h6">${t('report.attachments')}</h4>
        ${this.failure ? html`<div class="notice notice-error" role="alert">${this.failure}</div>` : ''}
        ${r.attachments?.length ? html`<ul class="list-unstyled report-attachments" data-testid="report-attachments">
          ${r.attachments.map((f) => html`<li><button type="button" class="btn btn-link p-0 text-start" @click=${() => this.fetchFile(f)}>
            ${f.filename}<span class="visually-hidden"> (${t('documents.download')})</span></button>
            <span class="text-body-secondary">(${formatBytes(f.size)})</span></li>`)}
        </ul>` : html`<p>${t('report.noAttachments')}</p>`}
        ${r.reviewOutcome ? html`<p class="review">${t(`report.review.${r.reviewOutcome}`, { user: r.reviewedBy,
          at: formatDateTime(r.reviewedAt) })}${r.reviewNote ? html`: <q>${r.reviewNote}</q>` : ''}</p>`
          : html`<p class="review">${t('report.awaitingReview')}</p>`}
      </section>`;
  }
}
customElements.define('vt-report-view', ReportView);
