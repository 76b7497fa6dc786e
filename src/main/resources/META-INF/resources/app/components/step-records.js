import { html } from 'lit';
import { VtElement } from '../lib/element.js';
import { t, pick } from '../lib/i18n.js';
import { formatDate, formatDateTime } from '../lib/format.js';
import { fieldLabel } from '../lib/bpmn-labels.js';
import { dispatchText } from '../lib/dispatch.js';

/** Names agencies by code from the units /api/org-units lists; the code itself when it is not among them. */
export const agencyNamer = (units) => (code) => {
  const unit = (units || []).find((u) => u.code === code);
  return unit ? pick(unit, 'name') || code : code;
};

const value = (field, agencyName) => {
  if (field.type === 'DATE') return formatDate(field.value);
  if (field.type === 'AGENCIES') return (field.value || []).map(agencyName).join(', ');
  if (field.type === 'DISPATCHES') return html`<ul class="mb-0 ps-3">${(field.value || []).map((line) => html`<li>${dispatchText(line)}</li>`)}</ul>`;
  return field.value;
};

/**
 * A record's fields, each with the label its step declares, and its comment, as a summary list; for a table cell as
 * well as for {@link StepRecords}. agencyName(code): how to name an agency (the code when omitted).
 */
export function recordFields(record, agencyName = (code) => code) {
  const fields = record.fields || [];
  if (!fields.length && !record.comment) return '';
  return html`<dl class="summary-list record-fields mb-0">
    ${fields.map((field) => html`<div data-testid="record-field" class=${field.condition ? 'record-condition' : ''}>
      <dt>${fieldLabel(field)}</dt><dd>${value(field, agencyName)}</dd></div>`)}
    ${record.comment ? html`<div><dt>${t('records.comment')}</dt><dd>${record.comment}</dd></div>` : ''}
  </dl>`;
}

/**
 * What steps recorded (GET /api/proposals/{id}/records, or a task's `earlier`), oldest first: each step with the
 * agency it was asked of, the outcome, every field with the label its process version declares, the comment, who
 * and when. It knows no step, outcome or field by name, so what a new process version records shows without a change.
 * records; agencies: the units /api/org-units lists, to name them. Each record has a level-3 heading: the page gives
 * the list a level-2 one.
 */
export class StepRecords extends VtElement {
  static properties = { records: { type: Array }, agencies: { type: Array } };

  renderRecord(record, agencyName) {
    const title = record.agency ? t('records.stepOfAgency', { step: pick(record, 'stepName'), agency: agencyName(record.agency) })
      : pick(record, 'stepName');
    return html`<li class="step-record" data-testid="step-record">
      <h3 class="h6 fw-bold mb-1">${title}</h3>
      <p class="mb-1">${record.outcome ? html`<strong class="tag tag-blue">${pick(record, 'outcomeLabel') || record.outcome}</strong>`
        : html`<strong class="tag tag-orange">${t('records.noAnswer')}</strong>`}
        <span class="form-text d-inline ms-2">${record.author ? t('records.byAt', { author: record.author, at: formatDateTime(record.at) })
          : t('records.endedAt', { at: formatDateTime(record.at) })}</span></p>
      ${recordFields(record, agencyName)}
    </li>`;
  }

  render() {
    const records = this.records || [];
    if (!records.length) return html`<p>${t('records.none')}</p>`;
    const agencyName = agencyNamer(this.agencies);
    return html`<ol class="step-records list-unstyled mb-0">${records.map((record) => this.renderRecord(record, agencyName))}</ol>`;
  }
}
customElements.define('vt-step-records', StepRecords);
