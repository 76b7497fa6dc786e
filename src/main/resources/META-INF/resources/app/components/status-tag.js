import { html } from 'lit';
import { VtElement } from '../lib/element.js';
import { t } from '../lib/i18n.js';

const COLOURS = {
  DRAFT: 'grey', CHECKING: 'blue', SUPPLEMENT_REQUESTED: 'yellow', CONSULTING: 'blue', APPRAISING: 'blue',
  REVISION_REQUESTED: 'yellow', AWAITING_APPROVAL: 'purple', APPROVED: 'green', REJECTED: 'red', WITHDRAWN: 'grey',
  REVOKED: 'orange', CLOSED: 'grey',
};

/** An approved proposal is a project, and stays one when revoked or closed. */
export const PROJECT_STATUSES = ['APPROVED', 'REVOKED', 'CLOSED'];

/** A proposal's status as a GOV.UK-style tag: dark text on a light colour, readable at AA contrast. */
export class StatusTag extends VtElement {
  static properties = { status: { type: String } };

  render() {
    return html`<strong class="tag tag-${COLOURS[this.status] || 'grey'}">${t(`status.${this.status}`)}</strong>`;
  }
}
customElements.define('vt-status-tag', StatusTag);
