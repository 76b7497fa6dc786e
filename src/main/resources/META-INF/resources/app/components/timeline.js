import { html } from 'lit';
import { VtElement } from '../lib/element.js';
import { t, tOr, pick } from '../lib/i18n.js';
import { formatDateTime, formatDuration } from '../lib/format.js';

// Audit entries have upper-case actions (CREATED, SUBMITTED, TASK_CLAIMED…); the engine's steps have BPMN types.
const isAudit = (entry) => /^[A-Z_]+$/.test(entry.type || '');

/**
 * A proposal's history, oldest first: who did what and when, the outcome and comment, and how long each step
 * took. labels: what the process declares ({steps, outcomes} from lib/bpmn-labels.js) to name steps and
 * outcomes in the user's language.
 */
export class Timeline extends VtElement {
  static properties = { entries: { type: Array }, labels: { type: Object } };

  stepName(id) {
    const step = this.labels?.steps?.[id];
    return step ? pick(step, 'name') || id : id;
  }

  title(entry) {
    if (!isAudit(entry)) return pick(entry, 'name') || this.stepName(entry.activityId);
    const action = tOr(`timeline.action.${entry.type}`, entry.type);
    return entry.activityId ? `${action}: ${this.stepName(entry.activityId)}` : action;
  }

  outcome(entry) {
    if (!entry.outcome) return '';
    const label = this.labels?.outcomes?.[entry.activityId]?.[entry.outcome];
    return label ? pick(label, 'label') : entry.outcome;
  }

  renderEntry(entry) {
    const open = entry.type === 'userTask' && !entry.endedAt;
    const outcome = this.outcome(entry);
    return html`<li class="timeline-item ${open ? 'timeline-open' : ''}" data-testid="timeline-entry">
      <p class="timeline-title mb-1"><strong>${this.title(entry)}</strong>
        ${open ? html` <strong class="tag tag-blue">${t('timeline.inProgress')}</strong>` : ''}</p>
      <dl class="timeline-facts mb-0">
        <div><dt>${t('timeline.when')}</dt><dd><time datetime=${entry.at}>${formatDateTime(entry.at)}</time></dd></div>
        ${entry.actor ? html`<div><dt>${t('timeline.actor')}</dt><dd>${entry.actor}</dd></div>` : ''}
        ${outcome ? html`<div><dt>${t('timeline.outcome')}</dt><dd>${outcome}</dd></div>` : ''}
        ${entry.comment ? html`<div><dt>${t('timeline.comment')}</dt><dd class="timeline-comment">${entry.comment}</dd></div>` : ''}
        ${entry.durationMillis != null && entry.endedAt
          ? html`<div><dt>${t('timeline.duration')}</dt><dd>${formatDuration(entry.durationMillis, t)}</dd></div>` : ''}
        ${open ? html`<div><dt>${t('timeline.elapsed')}</dt><dd>${formatDuration(Date.now() - Date.parse(entry.at), t)}</dd></div>` : ''}
      </dl>
    </li>`;
  }

  render() {
    const entries = this.entries || [];
    if (!entries.length) return html`<p>${t('timeline.empty')}</p>`;
    return html`<ol class="timeline">${entries.map((entry) => this.renderEntry(entry))}</ol>`;
  }
}
customElements.define('vt-timeline', Timeline);
