import { html } from 'lit';
import { VtElement } from '../lib/element.js';
import { t, pick } from '../lib/i18n.js';
import { api } from '../lib/api.js';
import { problemMessage } from '../lib/errors.js';
import { formatDate, formatDateTime } from '../lib/format.js';
import { href } from '../lib/router.js';

const KINDS = ['TASK_ASSIGNED', 'OVERDUE', 'DECIDED'];
// DIGEST (a daily summary) is offered once its mail is sent
const DELIVERIES = ['EACH', 'NONE'];

/** The user's notices, newest first, each linking to its task or proposal; marking as read; the e-mail preferences. */
export class NoticesPage extends VtElement {
  static properties = { notices: { state: true }, preferences: { state: true }, error: { state: true }, saved: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      [this.notices, this.preferences] = await Promise.all([api('/api/notices', { query: { size: 50 } }),
        api('/api/me/notice-preferences').catch(() => null)]);
    } catch (e) {
      this.error = problemMessage(e);
    }
  }

  async read(notice) {
    await api(`/api/notices/${notice.id}/read`, { method: 'POST' });
    window.dispatchEvent(new Event('vt-notices-read'));
  }

  async readAll() {
    try {
      await api('/api/notices/read-all', { method: 'POST' });
      window.dispatchEvent(new Event('vt-notices-read'));
      await this.load();
    } catch (e) {
      this.error = problemMessage(e);
    }
  }

  async savePreferences(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    try {
      this.preferences = await api('/api/me/notice-preferences', { method: 'PUT',
        body: Object.fromEntries(KINDS.map((kind) => [kind, form.get(kind)])) });
      this.saved = true;
    } catch (e) {
      this.error = problemMessage(e);
    }
  }

  text(n) {
    const title = pick(n, 'title');
    const step = pick(n, 'step');
    if (n.kind === 'DECIDED') return t(`notices.kind.DECIDED.${n.outcome}`, { title });
    return t(`notices.kind.${n.kind}`, { title, step });
  }

  render() {
    const items = this.notices?.items ?? [];
    return html`
      <h1 tabindex="-1">${t('notices.title')}</h1>
      ${this.error ? html`<div class="alert alert-danger" role="alert">${this.error}</div>` : ''}
      ${items.some((n) => !n.readAt) ? html`<button type="button" class="btn btn-outline-primary mb-3" data-testid="read-all"
        @click=${this.readAll}>${t('notices.readAll')}</button>` : ''}
      ${this.notices && !items.length ? html`<p>${t('notices.none')}</p>` : ''}
      <ul class="list-unstyled notice-list" data-testid="notices">
        ${items.map((n) => html`
          <li class="border-bottom py-2 ${n.readAt ? '' : 'fw-semibold'}" data-testid="notice">
            ${n.readAt ? '' : html`<strong class="badge text-bg-primary me-1">${t('notices.unread')}</strong>`}
            <a href=${href(n.link)} @click=${() => this.read(n)}>${this.text(n)}</a>
            <div class="small text-body-secondary">${formatDateTime(n.createdAt)}${n.dueAt ? html` · ${t('notices.due', { date: formatDate(n.dueAt) })}` : ''}</div>
          </li>`)}
      </ul>
      ${this.preferences ? html`
        <h2 class="h4 mt-4" id="preferences">${t('notices.preferences')}</h2>
        <p class="form-text">${t('notices.preferencesHint')}</p>
        <form @submit=${this.savePreferences} data-testid="notice-preferences">
          ${KINDS.map((kind) => html`
            <div class="mb-3">
              <label class="form-label" for="pref-${kind}">${t(`notices.kindName.${kind}`)}</label>
              <select class="form-select w-auto" id="pref-${kind}" name=${kind}>
                ${DELIVERIES.map((d) => html`<option value=${d} ?selected=${this.preferences[kind] === d}>${t(`notices.delivery.${d}`)}</option>`)}
              </select>
            </div>`)}
          <button class="btn btn-primary" type="submit">${t('notices.save')}</button>
          ${this.saved ? html`<span class="ms-2" role="status">${t('notices.saved')}</span>` : ''}
        </form>` : ''}`;
  }
}
customElements.define('vt-notices-page', NoticesPage);
