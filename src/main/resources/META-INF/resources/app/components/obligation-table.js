import { html } from 'lit';
import { VtElement } from '../lib/element.js';
import { t, pick } from '../lib/i18n.js';
import { formatDate } from '../lib/format.js';
import { href } from '../lib/router.js';
import './obligation-tag.js';

/**
 * Report obligations as a table: each report with its project (or aid owner), period, due date and state; on a phone
 * each report is a card.
 */
export class ObligationTable extends VtElement {
  static properties = { obligations: { type: Array }, caption: { type: String }, showOwner: { type: Boolean },
    showProject: { type: Boolean } };

  render() {
    if (!this.obligations?.length) return html`<p>${t('reports.none')}</p>`;
    return html`
      <div class="table-responsive">
        <table class="table align-middle reports-table table-cards">
          <caption class="visually-hidden">${this.caption}</caption>
          <thead><tr>
            <th scope="col">${t('reports.report')}</th>
            ${this.showOwner ? html`<th scope="col">${t('reports.aidOwner')}</th>` : ''}
            <th scope="col">${t('reports.period')}</th>
            <th scope="col">${t('reports.dueDate')}</th>
            <th scope="col">${t('reports.state')}</th>
          </tr></thead>
          <tbody>
            ${this.obligations.map((o) => html`<tr data-testid="obligation-${o.id}">
              <td><a href=${href(`/reports/${o.id}`)}>${pick(o, 'kindLabel')}</a>
                ${this.showProject ? html`<div class="form-text mt-0">${pick(o, 'projectTitle')}</div>` : ''}</td>
              ${this.showOwner ? html`<td data-label=${t('reports.aidOwner')}>${o.aidOwner}</td>` : ''}
              <td data-label=${t('reports.period')}>${formatDate(o.periodStart)} – ${formatDate(o.periodEnd)}</td>
              <td data-label=${t('reports.dueDate')}>${formatDate(o.dueDate)}</td>
              <td data-label=${t('reports.state')}><vt-obligation-tag .obligation=${o}></vt-obligation-tag></td>
            </tr>`)}
          </tbody>
        </table>
      </div>`;
  }
}
customElements.define('vt-obligation-table', ObligationTable);
