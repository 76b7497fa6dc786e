import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { VtElement } from '../lib/element.js';
import { t } from '../lib/i18n.js';
import { api } from '../lib/api.js';
import { problemMessage } from '../lib/errors.js';
import { formatDate, formatNumber, parseDate } from '../lib/format.js';
import { formatForInput, parseNumber } from '../lib/number.js';
import { textField, textArea, selectField, dateField, numberField, yearField } from './form.js';
import './error-summary.js';

/*
 * One editor for every kind of reference data, driven by a description (see pages/admin-sections.js):
 *   { key, endpoint, idOf(item), nameOf(item), columns: [{label, value(item), num}],
 *     fields: [{name, label, hint, type: text|textarea|number|year|date|select|multi|checkbox, required,
 *               maxLength, options: async () => [{value, label}], on: 'create'|'edit', width}],
 *     aliases: {serverField: formField}, canAdd, canEdit, canDelete,
 *     list() (default: GET endpoint), create(body), update(item, body) (default: POST endpoint, PUT endpoint/id),
 *     body(values, item) (default: the fields' values, plus the version the item was read at) }
 * It lists the items in a table, adds, edits, deletes after a confirmation (then fires 'changed'), and shows the
 * server's field errors at the fields with the error summary at the top.
 */

export class ResourceEditor extends VtElement {
  static properties = {
    spec: { type: Object },
    items: { state: true },
    loadError: { state: true },
    mode: { state: true }, // null (list), 'create', 'edit'
    editing: { state: true },
    values: { state: true },
    errors: { state: true },
    notice: { state: true },
    deleting: { state: true },
    busy: { state: true },
    options: { state: true },
    filter: { state: true },
  };

  constructor() {
    super();
    this.errors = [];
    this.options = {};
    this.filter = '';
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
    this.loadOptions();
  }

  async load() {
    try {
      this.items = await (this.spec.list ? this.spec.list() : api(this.spec.endpoint));
      this.loadError = null;
    } catch (error) {
      this.loadError = problemMessage(error);
    }
  }

  async loadOptions() {
    const options = {};
    for (const field of this.spec.fields.filter((f) => f.options)) {
      try {
        options[field.name] = await field.options();
      } catch {
        options[field.name] = [];
      }
    }
    this.options = options;
  }

  fieldId(field) {
    return `${this.spec.key}-${field.name}`;
  }

  fields() {
    return this.spec.fields.filter((f) => !f.on || f.on === this.mode);
  }

  /** The form's text for an item's value (dates as dd/mm/yyyy, numbers in the user's format). */
  toForm(field, value) {
    if (field.fromApi) return field.fromApi(value);
    if (value === null || value === undefined) return field.type === 'multi' ? [] : field.type === 'checkbox' ? false : '';
    if (field.type === 'date') return formatDate(value);
    if (field.type === 'number') return formatForInput(value, 0);
    if (field.type === 'year') return String(value);
    return value;
  }

  startCreate() {
    this.mode = 'create';
    this.editing = null;
    this.values = Object.fromEntries(this.fields().map((f) => [f.name, f.initial ?? this.toForm(f, null)]));
    this.errors = [];
    this.notice = null;
    this.deleting = null;
    this.focusForm();
  }

  startEdit(item) {
    this.mode = 'edit';
    this.editing = item;
    this.values = Object.fromEntries(this.fields().map((f) => [f.name, this.toForm(f, item[f.name])]));
    this.errors = [];
    this.notice = null;
    this.deleting = null;
    this.focusForm();
  }

  cancel() {
    const wasEditing = this.editing;
    this.mode = null;
    this.editing = null;
    this.errors = [];
    this.updateComplete.then(() => {
      const target = wasEditing && this.querySelector(`[data-edit="${this.spec.idOf(wasEditing)}"]`);
      (target || this.querySelector('[data-add]'))?.focus();
    });
  }

  async focusForm() {
    await this.updateComplete;
    this.querySelector('.resource-form h2')?.focus();
  }

  set(name, value) {
    this.values = { ...this.values, [name]: value };
  }

  /** Converts the form's values to the API's; client errors for what cannot be converted or is missing. */
  convert() {
    const errors = [];
    const body = {};
    for (const field of this.fields()) {
      const raw = this.values[field.name];
      const id = this.fieldId(field);
      const empty = raw === '' || raw === null || raw === undefined || (Array.isArray(raw) && !raw.length);
      if (field.required && empty && field.type !== 'checkbox') {
        errors.push({ field: id, message: t('admin.error.required', { field: field.label() }) });
        continue;
      }
      let value = empty && field.type !== 'multi' ? null : raw;
      if (!empty && field.type === 'date') {
        value = parseDate(raw);
        if (!value) errors.push({ field: id, message: t('admin.error.date', { field: field.label() }) });
      } else if (!empty && (field.type === 'number' || field.type === 'year')) {
        value = field.type === 'year' && !/^\s*\d{4}\s*$/.test(raw) ? NaN : parseNumber(raw);
        if (Number.isNaN(value)) errors.push({ field: id, message: t('admin.error.number', { field: field.label() }) });
      } else if (typeof value === 'string' && field.type !== 'textarea' && !field.keepSpaces) {
        value = value.trim() || null;
      }
      body[field.name] = field.toApi ? field.toApi(value) : value;
    }
    return { errors, body };
  }

  async save(event) {
    event.preventDefault();
    const { errors, body: values } = this.convert();
    this.errors = errors;
    if (errors.length) return;
    const spec = this.spec;
    const item = this.editing;
    const body = spec.body ? spec.body(values, item) : { ...values, ...(item && 'version' in item ? { version: item.version } : {}) };
    this.busy = true;
    try {
      if (item) {
        await (spec.update ? spec.update(item, body) : api(`${spec.endpoint}/${spec.idOf(item)}`, { method: 'PUT', body }));
      } else {
        await (spec.create ? spec.create(body) : api(spec.endpoint, { method: 'POST', body }));
      }
      const name = spec.nameOf({ ...item, ...body });
      this.mode = null;
      this.editing = null;
      this.notice = t(item ? 'admin.saved' : 'admin.added', { name });
      await this.load();
      this.dispatchEvent(new CustomEvent('changed', { bubbles: true }));
      await this.updateComplete;
      this.querySelector('.resource-notice')?.focus();
    } catch (error) {
      this.errors = this.serverErrors(error);
    } finally {
      this.busy = false;
    }
  }

  /** The server's violations at the fields; anything else at the top. What the user typed stays. */
  serverErrors(error) {
    const fields = this.fields();
    const aliases = this.spec.aliases || {};
    const names = [...fields.map((f) => f.name), ...Object.keys(aliases)];
    const { byField, other } = error.fieldErrors(names);
    const result = [];
    Object.entries(byField).forEach(([name, message]) => {
      const target = fields.find((f) => f.name === (aliases[name] || name));
      if (target && !result.some((e) => e.field === this.fieldId(target))) {
        result.push({ field: this.fieldId(target), message, label: target.label() });
      } else {
        other.push(message);
      }
    });
    // in the form's order, so the summary reads top to bottom like the form
    const order = (e) => fields.findIndex((f) => this.fieldId(f) === e.field);
    result.sort((a, b) => order(a) - order(b));
    other.forEach((message) => result.push({ field: null, message }));
    if (!result.length) result.push({ field: null, message: problemMessage(error) });
    return result;
  }

  askDelete(item) {
    this.deleting = item;
    this.notice = null;
    this.deleteError = null;
    this.updateComplete.then(() => this.querySelector('.delete-confirm')?.focus());
  }

  async confirmDelete() {
    const item = this.deleting;
    this.busy = true;
    try {
      await (this.spec.remove ? this.spec.remove(item) : api(`${this.spec.endpoint}/${this.spec.idOf(item)}`, { method: 'DELETE' }));
      this.deleting = null;
      this.notice = t('admin.deleted', { name: this.spec.nameOf(item) });
      await this.load();
      this.dispatchEvent(new CustomEvent('changed', { bubbles: true }));
      await this.updateComplete;
      this.querySelector('.resource-notice')?.focus();
    } catch (error) {
      this.deleteError = problemMessage(error);
      this.requestUpdate();
    } finally {
      this.busy = false;
    }
  }

  render() {
    const spec = this.spec;
    return html`
      ${this.notice ? html`<div class="notice notice-success resource-notice" role="status" tabindex="-1">${this.notice}</div>` : ''}
      ${this.mode ? this.renderForm() : html`
        ${spec.canAdd !== false ? html`<p><button type="button" class="btn btn-primary" data-add
          @click=${this.startCreate}>${spec.addLabel()}</button></p>` : ''}
        ${this.deleting ? this.renderDelete() : ''}
        ${this.renderList()}`}`;
  }

  renderDelete() {
    return html`
      <div class="notice notice-warning delete-confirm" role="alertdialog" tabindex="-1" aria-labelledby="${this.spec.key}-delete-title"
        aria-describedby="${this.spec.key}-delete-text">
        <h2 class="h5" id="${this.spec.key}-delete-title">${t('admin.deleteTitle', { name: this.spec.nameOf(this.deleting) })}</h2>
        <p id="${this.spec.key}-delete-text">${t('admin.deleteText')}</p>
        ${this.deleteError ? html`<p class="error-message" role="alert">${this.deleteError}</p>` : ''}
        <div class="d-flex gap-2 flex-wrap">
          <button type="button" class="btn btn-danger" ?disabled=${this.busy} @click=${this.confirmDelete}>${t('admin.deleteConfirm')}</button>
          <button type="button" class="btn btn-outline-secondary" @click=${() => { this.deleting = null; }}>${t('admin.cancel')}</button>
        </div>
      </div>`;
  }

  renderList() {
    const spec = this.spec;
    if (this.loadError) return html`<div class="notice notice-error" role="alert">${this.loadError}</div>`;
    if (!this.items) return html`<p role="status">${t('common.loading')}</p>`;
    if (!this.items.length) return html`<p>${t('admin.none')}</p>`;
    const needle = this.filter.trim().toLocaleLowerCase().normalize('NFC');
    const rows = needle ? this.items.filter((item) => spec.columns.some((c) => String(c.value(item) ?? '')
      .toLocaleLowerCase().normalize('NFC').includes(needle))) : this.items;
    const actions = spec.canEdit !== false || spec.canDelete !== false;
    return html`
      ${this.items.length > 10 ? html`
        <div class="mb-3 resource-filter">
          <label class="form-label" for="${spec.key}-filter">${t('admin.filter')}</label>
          <input id="${spec.key}-filter" class="form-control" type="search" .value=${live(this.filter)}
            @input=${(e) => { this.filter = e.target.value; }}>
        </div>` : ''}
      <div class="table-responsive">
        <table class="table align-middle resource-table">
          <caption>${spec.caption()} <span class="fw-normal">(${t('admin.count', { n: formatNumber(rows.length) })})</span></caption>
          <thead><tr>
            ${spec.columns.map((c) => html`<th scope="col" class=${c.num ? 'num' : ''}>${c.label()}</th>`)}
            ${actions ? html`<th scope="col"><span class="visually-hidden">${t('admin.actions')}</span></th>` : ''}
          </tr></thead>
          <tbody>
            ${rows.map((item) => html`<tr>
              ${spec.columns.map((c) => html`<td class=${c.num ? 'num' : ''}>${c.value(item) ?? ''}</td>`)}
              ${actions ? html`<td class="text-nowrap text-end">
                ${spec.canEdit !== false ? html`<button type="button" class="btn btn-link btn-sm p-0 me-3" data-edit=${spec.idOf(item)}
                  @click=${() => this.startEdit(item)}>${t('admin.edit')}<span class="visually-hidden"> ${spec.nameOf(item)}</span></button>` : ''}
                ${spec.canDelete !== false ? html`<button type="button" class="btn btn-link btn-sm p-0 link-danger"
                  @click=${() => this.askDelete(item)}>${t('admin.delete')}<span class="visually-hidden"> ${spec.nameOf(item)}</span></button>` : ''}
              </td>` : ''}
            </tr>`)}
          </tbody>
        </table>
      </div>`;
  }

  renderForm() {
    const spec = this.spec;
    const error = (field) => this.errors.find((e) => e.field === this.fieldId(field))?.message;
    const title = this.editing ? t('admin.editTitle', { name: spec.nameOf(this.editing) }) : spec.addLabel();
    return html`
      <form class="resource-form" novalidate @submit=${this.save}>
        <h2 class="h3" tabindex="-1">${title}</h2>
        <vt-error-summary .errors=${this.errors.map((e) => (e.label ? { ...e, message: `${e.label}: ${e.message}` } : e))}></vt-error-summary>
        ${this.fields().map((field) => this.renderField(field, error(field)))}
        <div class="d-flex gap-2 flex-wrap">
          <button class="btn btn-primary" type="submit" ?disabled=${this.busy}>${t('admin.save')}</button>
          <button class="btn btn-outline-secondary" type="button" @click=${this.cancel}>${t('admin.cancel')}</button>
        </div>
      </form>`;
  }

  renderField(field, error) {
    const common = {
      id: this.fieldId(field), label: field.label(), hint: field.hint?.(), error, required: field.required,
      value: this.values[field.name], maxLength: field.maxLength, width: field.width,
      onInput: (v) => this.set(field.name, v),
    };
    switch (field.type) {
      case 'textarea': return textArea(common);
      case 'date': return dateField({ ...common, hint: common.hint || t('admin.dateHint') });
      case 'number': return numberField({ ...common, whole: field.whole });
      case 'year': return yearField(common);
      case 'password': return textField({ ...common, type: 'password', autocomplete: 'new-password' });
      case 'select': return selectField({ ...common, options: this.options[field.name] || field.choices?.() || [],
        placeholder: field.required ? t('admin.choose') : t('admin.noChoice') });
      case 'checkbox': return this.checkbox(common);
      case 'multi': return this.multi(common, this.options[field.name] || field.choices?.() || []);
      default: return textField({ ...common, autocomplete: field.autocomplete || 'off' });
    }
  }

  checkbox(o) {
    return html`
      <div class="mb-3 field ${o.error ? 'field-error' : ''}">
        ${o.error ? html`<div id="${o.id}-error" class="error-message">${o.error}</div>` : ''}
        <div class="form-check">
          <input class="form-check-input" type="checkbox" id=${o.id} .checked=${live(!!o.value)}
            aria-describedby=${[o.hint ? `${o.id}-hint` : '', o.error ? `${o.id}-error` : ''].filter(Boolean).join(' ') || nothing}
            @change=${(e) => o.onInput(e.target.checked)}>
          <label class="form-check-label fw-semibold" for=${o.id}>${o.label}</label>
          ${o.hint ? html`<div id="${o.id}-hint" class="form-text mt-0">${o.hint}</div>` : ''}
        </div>
      </div>`;
  }

  /** Several choices: checkboxes in a fieldset; the first box carries the field's id (for the error summary). */
  multi(o, options) {
    const chosen = new Set(o.value || []);
    const toggle = (value, on) => {
      const next = new Set(chosen);
      if (on) next.add(value); else next.delete(value);
      o.onInput(options.map((opt) => opt.value).filter((v) => next.has(v)));
    };
    return html`
      <fieldset class="mb-3 field ${o.error ? 'field-error' : ''}"
        aria-describedby=${[o.hint ? `${o.id}-hint` : '', o.error ? `${o.id}-error` : ''].filter(Boolean).join(' ') || nothing}>
        <legend class="form-label fw-semibold fs-6">${o.label}${o.required ? html` <span class="req" aria-hidden="true">*</span>` : ''}</legend>
        ${o.hint ? html`<div id="${o.id}-hint" class="form-text mt-0 mb-1">${o.hint}</div>` : ''}
        ${o.error ? html`<div id="${o.id}-error" class="error-message">${o.error}</div>` : ''}
        ${options.map((opt, i) => {
          const id = i === 0 ? o.id : `${o.id}-${opt.value}`;
          return html`<div class="form-check">
            <input class="form-check-input" type="checkbox" id=${id} .checked=${live(chosen.has(opt.value))}
              @change=${(e) => toggle(opt.value, e.target.checked)}>
            <label class="form-check-label" for=${id}>${opt.label}</label>
          </div>`;
        })}
      </fieldset>`;
  }
}
customElements.define('vt-resource-editor', ResourceEditor);
