import { html } from 'lit';
import { VtElement } from '../lib/element.js';
import { t } from '../lib/i18n.js';
import { api } from '../lib/api.js';
import { problemMessage } from '../lib/errors.js';
import { startSession, takeReturn } from '../lib/session.js';
import { navigate } from '../lib/router.js';
import { textField } from '../components/form.js';
import { homeFor } from '../routes.js';
import '../components/error-summary.js';

/** Sign in with a username and password; afterwards back to the page the user was on, or their home page. */
export class SignIn extends VtElement {
  static properties = { username: { state: true }, password: { state: true }, errors: { state: true }, busy: { state: true } };

  constructor() {
    super();
    this.username = '';
    this.password = '';
    this.errors = [];
  }

  async submit(event) {
    event.preventDefault();
    const errors = [];
    if (!this.username.trim()) errors.push({ field: 'username', message: t('signIn.usernameRequired') });
    if (!this.password) errors.push({ field: 'password', message: t('signIn.passwordRequired') });
    this.errors = errors;
    if (errors.length) return;
    this.busy = true;
    try {
      const answer = await api('/api/auth/token', { method: 'POST', body: { username: this.username.trim(), password: this.password } });
      startSession(answer, this.username.trim());
      navigate(takeReturn() || homeFor(answer.roles || []));
    } catch (error) {
      const message = error.status === 401 ? t('signIn.wrong')
        : error.status === 429 ? t('signIn.delayed', { seconds: error.problem.retryAfter ?? '' }) : problemMessage(error);
      this.errors = [{ field: 'username', message }];
    } finally {
      this.busy = false;
    }
  }

  render() {
    const error = (field) => this.errors.find((e) => e.field === field)?.message;
    return html`
      <div class="row"><div class="col-md-8 col-lg-5">
        <h1 tabindex="-1">${t('signIn.title')}</h1>
        ${this.query?.expired ? html`<div class="notice notice-info" role="status">${t('signIn.expired')}</div>` : ''}
        ${this.query?.signedOut ? html`<div class="notice notice-success" role="status">${t('signIn.signedOut')}</div>` : ''}
        <vt-error-summary .errors=${this.errors}></vt-error-summary>
        <form @submit=${this.submit} novalidate>
          ${textField({ id: 'username', label: t('signIn.username'), value: this.username, autocomplete: 'username',
            error: error('username'), onInput: (v) => { this.username = v; } })}
          ${textField({ id: 'password', label: t('signIn.password'), type: 'password', value: this.password,
            autocomplete: 'current-password', error: error('password'), onInput: (v) => { this.password = v; } })}
          <button class="btn btn-primary btn-lg" type="submit" ?disabled=${this.busy}>${t('signIn.submit')}</button>
        </form>
      </div></div>`;
  }
}
customElements.define('vt-sign-in', SignIn);
