import { html } from 'lit';
import { VtElement } from '../lib/element.js';
import { t } from '../lib/i18n.js';
import { formatDate, formatDateTime } from '../lib/format.js';
import { dispatchText } from '../lib/dispatch.js';

/**
 * Where sending the decision stands (GET /api/proposals/{id}/dispatches): each recipient with the day it was sent and
 * how, or while the step is open, its due date and whether it is late. dispatch: that answer.
 */
export class DecisionDispatch extends VtElement {
  static properties = { dispatch: { attribute: false } };

  render() {
    const d = this.dispatch;
    if (!d?.decision) return '';
    return html`
      <section class="mb-4" aria-labelledby="dispatch-heading" data-testid="dispatch">
        <h2 id="dispatch-heading" class="h4">${t('dispatch.title')}</h2>
        <p class="form-text mt-0">${t(`dispatch.hint.${d.decision}`, { date: formatDate(d.decidedOn) })}</p>
        ${d.lines.length ? html`<ul data-testid="dispatch-lines">
            ${d.lines.map((line) => html`<li data-testid="dispatch-line">${dispatchText(line)}</li>`)}
          </ul>`
          : html`<p data-testid="dispatch-pending">${t('dispatch.pending', { due: d.dueAt ? formatDateTime(d.dueAt) : '—' })}
            ${d.overdue ? html` <strong class="tag tag-red">${t('task.overdue')}</strong>` : ''}</p>`}
      </section>`;
  }
}
customElements.define('vt-decision-dispatch', DecisionDispatch);
