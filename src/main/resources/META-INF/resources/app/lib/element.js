import { LitElement } from 'lit';
import { onLanguageChange } from './i18n.js';

/**
 * Our components render into the light DOM, so one stylesheet (Bootstrap and app.css) styles every page
 * and labels, ids and focus work across components; they re-render when the language changes.
 */
export class VtElement extends LitElement {
  createRenderRoot() {
    return this;
  }

  connectedCallback() {
    super.connectedCallback();
    this.stopListening = onLanguageChange(() => this.requestUpdate());
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.stopListening?.();
  }
}
