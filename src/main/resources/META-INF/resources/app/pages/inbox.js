import { html } from 'lit';
import { ListPage } from '../lib/list-page.js';
import { t, pick, donorName } from '../lib/i18n.js';
import { api } from '../lib/api.js';
import { problemMessage } from '../lib/errors.js';
import { formatDate, formatMoney } from '../lib/format.js';
import { session } from '../lib/session.js';
import { href } from '../lib/router.js';
import '../components/status-tag.js';
import '../components/pager.js';
import { kindFilter } from '../components/kind-filter.js';
import '../components/task-flags.js';

const SORTS = { 'DUE-asc': ['DUE', false], 'DUE-desc': ['DUE', true], 'CREATED-desc': ['CREATED', true], 'CREATED-asc': ['CREATED', false] };
const FLASH_KEY = 'vt.inbox.flash';

const queryKey = () => `vt.inbox.query.${session()?.username || ''}`;


/** What a task is about: its proposal's title, or the subject its step declares (a task about no proposal). */
export const taskTitle = (task) => (task.proposal ? pick(task.proposal, 'title')
  : pick({ titleVi: task.subject?.vi, titleEn: task.subject?.en }, 'title'));

/** The inbox's address with the filters last used, so a task page returns to the same list. */
export function inboxPath() {
  const search = sessionStorage.getItem(queryKey());
  return search ? `/inbox?${search}` : '/inbox';
}

/** Leaves a message for the inbox to show once (e.g. after a task was completed on its own page). */
export function flashInbox(message) {
  sessionStorage.setItem(FLASH_KEY, message);
}

/**
 * The user's tasks, as in Camunda Tasklist: each with its proposal, step, due date and flags; filters, sort
 * and paging kept in the address; claim and unclaim per row.
 */
export class InboxPage extends ListPage {
  static properties = { ...ListPage.properties, steps: { state: true }, notice: { state: true }, busy: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    const q = this.query || {};
    this.filter = {
      key: q.key || '', kind: q.kind || '', overdue: q.overdue === 'true', q: q.q || '',
      sort: SORTS[`${q.sort}-${q.desc === 'true' ? 'desc' : 'asc'}`] ? `${q.sort}-${q.desc === 'true' ? 'desc' : 'asc'}` : 'DUE-asc',
      page: Number(q.page || 0),
    };
    this.steps = [];
    this.notice = sessionStorage.getItem(FLASH_KEY);
    sessionStorage.removeItem(FLASH_KEY);
    api('/api/tasks/steps').then((steps) => { this.steps = steps; }).catch(() => { this.steps = []; });
    this.load();
  }

  get endpoint() {
    return '/api/tasks';
  }

  apiQuery() {
    const [sort, desc] = SORTS[this.filter.sort];
    return {
      key: this.filter.key, kind: this.filter.kind, overdue: this.filter.overdue ? 'true' : '', q: this.filter.q.trim(),
      sort, desc: desc ? 'true' : '', page: this.filter.page || '',
    };
  }

  addressQuery() {
    const query = this.apiQuery();
    return { ...query, sort: query.sort === 'DUE' && !query.desc ? '' : query.sort };
  }

  load() {
    const loading = super.load();
    // The address now holds the filters: the task page returns to this list.
    sessionStorage.setItem(queryKey(), location.hash.split('?')[1] || '');
    return loading;
  }

  async act(task, action) {
    this.busy = task.id;
    try {
      await api(`/api/tasks/${task.id}/${action}`, { method: 'POST' });
      this.notice = t(action === 'claim' ? 'inbox.claimed' : 'inbox.unclaimed', { step: pick(task, 'name'), title: taskTitle(task) });
      this.error = null;
    } catch (error) {
      this.notice = null;
      this.error = action === 'claim' && (error.status === 409 || error.status === 404) ? t('task.gone') : problemMessage(error);
    } finally {
      this.busy = null;
    }
    await this.load();
  }

  render() {
    const f = this.filter;
    return html`
      <h1 tabindex="-1">${t('inbox.title')}</h1>
      <form class="row g-2 align-items-end mb-3 inbox-filters" role="search" aria-label=${t('inbox.filters')} @submit=${this.search}>
        <div class="col-sm-6 col-lg-3">
          <label class="form-label" for="filter-step">${t('inbox.step')}</label>
          <select id="filter-step" class="form-select" @change=${(e) => this.change('key', e.target.value)}>
            <option value="">${t('inbox.allSteps')}</option>
            ${this.steps.map((s) => html`<option value=${s.key} ?selected=${f.key === s.key}>${pick(s, 'name')}</option>`)}
          </select>
        </div>
        <div class="col-sm-6 col-lg-2">
          ${kindFilter({ label: t('inbox.kind'), value: f.kind, onChange: (v) => this.change('kind', v) })}
        </div>
        <div class="col-sm-6 col-lg-3">
          <label class="form-label" for="filter-sort">${t('inbox.sort')}</label>
          <select id="filter-sort" class="form-select" @change=${(e) => this.change('sort', e.target.value)}>
            ${Object.keys(SORTS).map((s) => html`<option value=${s} ?selected=${f.sort === s}>${t(`inbox.sort.${s}`)}</option>`)}
          </select>
        </div>
        <div class="col-sm-8 col-lg-3">
          <label class="form-label" for="filter-q">${t('inbox.search')}</label>
          <input id="filter-q" class="form-control" type="search" .value=${f.q} @input=${(e) => this.change('q', e.target.value)}>
        </div>
        <div class="col-sm-4 col-lg-1"><button class="btn btn-secondary w-100" type="submit">${t('inbox.searchButton')}</button></div>
        <div class="col-12">
          <div class="form-check">
            <input class="form-check-input" type="checkbox" id="filter-overdue" .checked=${f.overdue}
              @change=${(e) => this.change('overdue', e.target.checked)}>
            <label class="form-check-label" for="filter-overdue">${t('inbox.overdueOnly')}</label>
          </div>
        </div>
      </form>
      <div aria-live="polite">
        ${this.notice ? html`<div class="notice notice-success" role="status">${this.notice}</div>` : ''}
      </div>
      ${this.error ? html`<div class="notice notice-error" role="alert">${this.error}</div>` : ''}
      ${this.data ? this.renderTable() : html`<p role="status">${t('common.loading')}</p>`}`;
  }

  renderTable() {
    if (!this.data.items.length) return html`<p role="status" class="inbox-empty">${t('inbox.none')}</p>`;
    const me = session()?.username;
    return html`
      <p class="visually-hidden" role="status">${t('inbox.count', { n: this.data.total })}</p>
      <div class="table-responsive">
        <table class="table align-middle inbox-table">
          <caption class="visually-hidden">${t('inbox.title')}</caption>
          <thead><tr>
            <th scope="col">${t('inbox.task')}</th>
            <th scope="col">${t('inbox.proposal')}</th>
            <th scope="col" class="num">${t('proposals.amount')}</th>
            <th scope="col">${t('proposals.status')}</th>
            <th scope="col">${t('inbox.due')}</th>
            <th scope="col">${t('inbox.assignee')}</th>
            <th scope="col"><span class="visually-hidden">${t('inbox.actions')}</span></th>
          </tr></thead>
          <tbody>
            ${this.data.items.map((task) => html`<tr data-task=${task.id}>
              <td><a href=${href(`/tasks/${task.id}`)}>${pick(task, 'name')}<span class="visually-hidden">: ${taskTitle(task)}</span></a></td>
              <td><span class="fw-semibold">${taskTitle(task)}</span>
                ${task.proposal ? html`<div class="form-text mt-0">${donorName(task.proposal.ngoNameVi, task.proposal.ngoName)} · ${t(`kind.${task.proposal.kind}`)}</div>` : ''}</td>
              <td class="num" data-label=${t('proposals.amount')}>${task.proposal ? formatMoney(task.proposal.committedAmount, task.proposal.currency) : '—'}</td>
              <td data-label=${t('proposals.status')}>${task.proposal ? html`<vt-status-tag status=${task.proposal.status}></vt-status-tag>` : '—'}</td>
              <td data-label=${t('inbox.due')}>${task.dueAt ? formatDate(task.dueAt) : '—'}<vt-task-flags .task=${task}></vt-task-flags></td>
              <td data-label=${t('inbox.assignee')}>${task.assignee ? (task.assignee === me ? t('inbox.me') : task.assignee) : html`<span class="text-body-secondary">${t('inbox.unassigned')}</span>`}</td>
              <td class="text-nowrap">${this.renderAction(task, me)}</td>
            </tr>`)}
          </tbody>
        </table>
      </div>
      <vt-pager .page=${this.data.page} .size=${this.data.size} .total=${this.data.total}
        @page=${(e) => this.change('page', e.detail)}></vt-pager>`;
  }

  renderAction(task, me) {
    const hidden = html`<span class="visually-hidden">: ${pick(task, 'name')} – ${taskTitle(task)}</span>`;
    if (!task.assignee) {
      return html`<button type="button" class="btn btn-sm btn-outline-primary" ?disabled=${this.busy === task.id}
        @click=${() => this.act(task, 'claim')}>${t('inbox.claim')}${hidden}</button>`;
    }
    if (task.assignee === me && task.shared) {
      return html`<button type="button" class="btn btn-sm btn-outline-secondary" ?disabled=${this.busy === task.id}
        @click=${() => this.act(task, 'unclaim')}>${t('inbox.unclaim')}${hidden}</button>`;
    }
    return '';
  }
}
customElements.define('vt-inbox-page', InboxPage);
