import { html } from 'lit';
import { VtElement } from '../lib/element.js';
import { t } from '../lib/i18n.js';
import { formatDateTime } from '../lib/format.js';

/** A task's overdue and escalated flags as tags with words (never colour alone). */
export class TaskFlags extends VtElement {
  static properties = { task: { type: Object } };

  render() {
    const task = this.task;
    if (!task || (!task.overdue && !task.escalatedAt)) return html``;
    return html`<span class="task-flags">
      ${task.overdue ? html`<strong class="tag tag-red">${t('task.overdue')}</strong>` : ''}
      ${task.escalatedAt ? html`<strong class="tag tag-orange" title=${formatDateTime(task.escalatedAt)}>${t('task.escalated')}</strong>` : ''}
    </span>`;
  }
}
customElements.define('vt-task-flags', TaskFlags);
