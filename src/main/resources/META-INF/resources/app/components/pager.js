import { html } from 'lit';
import { VtElement } from '../lib/element.js';
import { t } from '../lib/i18n.js';
import { formatNumber } from '../lib/format.js';

/** Previous / next over a paged list, with "x–y of n"; fires `page` with the new page number. */
export class Pager extends VtElement {
  static properties = { page: { type: Number }, size: { type: Number }, total: { type: Number } };

  go(page) {
    this.dispatchEvent(new CustomEvent('page', { detail: page, bubbles: true }));
  }

  render() {
    if (!this.total) return html``;
    const first = this.page * this.size + 1;
    const last = Math.min(this.total, (this.page + 1) * this.size);
    const lastPage = Math.ceil(this.total / this.size) - 1;
    return html`
      <nav class="d-flex align-items-center gap-3 flex-wrap" aria-label=${t('pager.label')}>
        <button type="button" class="btn btn-outline-secondary btn-sm" ?disabled=${this.page === 0}
          @click=${() => this.go(this.page - 1)}>${t('pager.previous')}</button>
        <span>${t('pager.range', { first: formatNumber(first), last: formatNumber(last), total: formatNumber(this.total) })}</span>
        <button type="button" class="btn btn-outline-secondary btn-sm" ?disabled=${this.page >= lastPage}
          @click=${() => this.go(this.page + 1)}>${t('pager.next')}</button>
      </nav>`;
  }
}
customElements.define('vt-pager', Pager);
