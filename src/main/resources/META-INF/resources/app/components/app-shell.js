import { html } from 'lit';
import { VtElement } from '../lib/element.js';
import { t, language, setLanguage } from '../lib/i18n.js';
import { currentPath, resolve, navigate, routeList, href } from '../lib/router.js';
import { session, endSession, rememberReturn } from '../lib/session.js';
import { SESSION_EXPIRED, api } from '../lib/api.js';
import { homeFor } from '../routes.js';

/**
 * The frame around every page: header with the service name, navigation for the user's roles, the language
 * switch and sign-out; it picks the page for the address and keeps people out of pages their role cannot use.
 */
export class AppShell extends VtElement {
  static properties = { page: { state: true }, failure: { state: true }, shown: { state: true }, unread: { state: true } };

  /** How often the bell asks for the unread count while the page stays open. */
  static NOTICE_POLL_MILLIS = 30000;

  connectedCallback() {
    super.connectedCallback();
    this.onHash = () => this.show();
    this.onExpired = () => {
      rememberReturn(currentPath());
      navigate('/sign-in?expired=1');
    };
    window.addEventListener('hashchange', this.onHash);
    window.addEventListener(SESSION_EXPIRED, this.onExpired);
    this.onNoticesRead = () => this.countUnread();
    window.addEventListener('vt-notices-read', this.onNoticesRead);
    this.poll = setInterval(() => this.countUnread(), AppShell.NOTICE_POLL_MILLIS);
    this.show();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHash);
    window.removeEventListener(SESSION_EXPIRED, this.onExpired);
    window.removeEventListener('vt-notices-read', this.onNoticesRead);
    clearInterval(this.poll);
  }

  /** The bell's count; a failure leaves the last one (the page itself reports what went wrong). */
  async countUnread() {
    if (!session() || currentPath().startsWith('/sign-in')) {
      this.unread = null;
      return;
    }
    try {
      this.unread = (await api('/api/notices/unread-count')).unread;
    } catch {
      // keep the last count
    }
  }

  async show() {
    // A newer navigation may start while this one loads its page module: only the latest one may show.
    this.navigation = (this.navigation || 0) + 1;
    const ticket = this.navigation;
    const path = currentPath();
    const user = session();
    if (path === '/') {
      navigate(user ? homeFor(user.roles) : '/sign-in');
      return;
    }
    const match = resolve(path);
    this.countUnread();
    this.failure = null;
    if (!match) {
      this.failure = 'error.pageNotFound';
      this.page = null;
      this.shown = ticket;
      return;
    }
    if (!match.route.isPublic && !user) {
      rememberReturn(path);
      navigate('/sign-in');
      return;
    }
    if (match.route.roles.length && !match.route.roles.some((role) => user.roles.includes(role))) {
      this.failure = 'error.forbiddenPage';
      this.page = null;
      this.shown = ticket;
      return;
    }
    let failed = false;
    try {
      await match.route.load();
    } catch {
      failed = true;
    }
    if (ticket !== this.navigation) return;
    if (failed) {
      this.failure = 'error.network';
      this.page = null;
      this.shown = ticket;
      return;
    }
    const element = document.createElement(match.route.tag);
    element.params = match.params;
    element.query = match.query;
    this.page = element;
    this.shown = ticket;
    await this.updateComplete;
    // After an in-app navigation, move focus to the new page's heading so screen readers announce it. The first
    // page of a visit keeps the browser's own start, where the first Tab reaches the skip link.
    if (ticket > 1) requestAnimationFrame(() => this.querySelector('main h1')?.focus({ preventScroll: false }));
  }

  async switchLanguage() {
    await setLanguage(language() === 'vi' ? 'en' : 'vi');
    this.requestUpdate();
  }

  signOut() {
    endSession();
    navigate('/sign-in?signedOut=1');
  }

  skip(event) {
    event.preventDefault();
    const main = this.querySelector('main');
    main.focus();
  }

  render() {
    const user = session();
    const links = user ? routeList().filter((r) => r.nav && (!r.roles.length || r.roles.some((role) => user.roles.includes(role)))) : [];
    const path = currentPath();
    document.title = t('app.name');
    return html`
      <a class="skip-link" href="#main" @click=${this.skip}>${t('app.skip')}</a>
      <header class="app-header">
        <div class="container-xl d-flex flex-wrap align-items-center gap-2 py-2">
          <a class="app-name me-auto" href=${href('/')}>${t('app.name')}<span class="app-sub d-none d-md-inline"> — ${t('app.subtitle')}</span></a>
          ${user ? html`<a class="btn btn-sm btn-outline-light app-bell" href=${href('/notices')} data-testid="notice-bell"
            aria-label=${this.unread ? t('notices.bellUnread', { count: this.unread }) : t('notices.bell')}>
            <svg aria-hidden="true" width="14" height="14" viewBox="0 0 16 16" fill="currentColor"><path d="M8 16a2 2 0 0 0 2-2H6a2 2 0 0 0 2 2zm.995-14.901a1 1 0 1 0-1.99 0A5 5 0 0 0 3 6c0 1.098-.5 6-2 7h14c-1.5-1-2-5.902-2-7 0-2.42-1.72-4.44-4.005-4.901z"/></svg> ${t('notices.title')}${this.unread ? html` <span class="badge text-bg-warning" data-testid="notice-count">${this.unread}</span>` : ''}</a>` : ''}
          ${user ? html`<span class="app-user" data-testid="current-user">${user.username}${user.agency ? ` · ${user.agency}` : ''}</span>` : ''}
          <button type="button" class="btn btn-sm btn-outline-light" lang=${language() === 'vi' ? 'en' : 'vi'}
            @click=${this.switchLanguage} data-testid="language-switch">${t('app.otherLanguage')}</button>
          ${user ? html`<button type="button" class="btn btn-sm btn-light" @click=${this.signOut}>${t('app.signOut')}</button>` : ''}
        </div>
        ${links.length ? html`
          <nav class="app-nav" aria-label=${t('nav.label')}>
            <ul class="container-xl">
              ${links.map((r) => html`<li><a href=${href(r.pattern)} aria-current=${path.startsWith(r.pattern) ? 'page' : 'false'}>${t(r.nav)}</a></li>`)}
            </ul>
          </nav>` : ''}
      </header>
      <main id="main" class="container-xl py-4" tabindex="-1" data-shown=${this.shown ?? ''}>
        ${this.failure ? html`<h1 tabindex="-1">${t(this.failure)}</h1><p><a href=${href('/')}>${t('error.goHome')}</a></p>` : this.page}
      </main>
      <footer class="app-footer container-xl py-3">${t('app.footer')}</footer>`;
  }
}
