import { html } from 'lit';
import { VtElement } from '../lib/element.js';
import { t } from '../lib/i18n.js';

/**
 * The GOV.UK error summary: a list of what is wrong, each linking to its field. It takes focus when it
 * appears so screen-reader and keyboard users hear the problems first.
 * errors: [{field: 'input id' | null, message}]
 */
let counter = 0;

export class ErrorSummary extends VtElement {
  static properties = { errors: { type: Array } };

  constructor() {
    super();
    this.errors = [];
    // a page may show two summaries at once (a form and its document upload): each titled by its own id
    this.titleId = `error-summary-title-${++counter}`;
  }

  updated(changed) {
    if (changed.has('errors') && this.errors.length) this.querySelector('.error-summary')?.focus();
  }

  focusField(event, field) {
    event.preventDefault();
    const target = document.getElementById(field);
    target?.focus();
    target?.scrollIntoView({ block: 'center' });
  }

  render() {
    if (!this.errors?.length) return html``;
    return html`
      <div class="error-summary" role="alert" tabindex="-1" aria-labelledby=${this.titleId}>
        <h2 id=${this.titleId} class="h5">${t('errors.title')}</h2>
        <ul class="mb-0">
          ${this.errors.map((error) => html`<li>${error.field
            ? html`<a href="#${error.field}" @click=${(e) => this.focusField(e, error.field)}>${error.message}</a>`
            : error.message}</li>`)}
        </ul>
      </div>`;
  }
}
customElements.define('vt-error-summary', ErrorSummary);
