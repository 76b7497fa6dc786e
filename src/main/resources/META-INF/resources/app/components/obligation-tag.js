import { html } from 'lit';
import { VtElement } from '../lib/element.js';
import { t } from '../lib/i18n.js';

const COLOURS = { DUE: 'blue', SUBMITTED: 'purple', ACCEPTED: 'green', CORRECTION_REQUESTED: 'yellow', CANCELLED: 'grey' };

/** A report obligation's state as a GOV.UK-style tag: overdue (red) before anything else. */
export class ObligationTag extends VtElement {
  static properties = { obligation: { type: Object } };

  render() {
    const o = this.obligation;
    if (!o) return html``;
    return o.overdue
      ? html`<strong class="tag tag-red">${t('reports.overdue')}</strong>`
      : html`<strong class="tag tag-${COLOURS[o.status] || 'grey'}">${t(`reports.status.${o.status}`)}</strong>`;
  }
}
customElements.define('vt-obligation-tag', ObligationTag);
