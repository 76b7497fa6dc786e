import { html } from 'lit';
import { VtElement } from '../lib/element.js';
import { t } from '../lib/i18n.js';

/**
 * A task's time limit as its decision table gives it: the days, how they count (working days or days) and the
 * article they come from, quoted as the law is cited (in Vietnamese); an internal time limit says so.
 */
export class TaskDeadline extends VtElement {
  static properties = { deadline: { type: Object } };

  render() {
    const limit = this.deadline;
    if (!limit || limit.days == null) return html``;
    const unit = t(limit.unit === 'DAYS' ? 'task.deadline.days' : 'task.deadline.workingDays', { n: limit.days });
    return html`<div class="form-text mt-1" data-testid="task-deadline">${unit} —
      ${limit.basis ? t('task.deadline.basis', { basis: limit.basis }) : t('task.deadline.internal')}</div>`;
  }
}
customElements.define('vt-task-deadline', TaskDeadline);
