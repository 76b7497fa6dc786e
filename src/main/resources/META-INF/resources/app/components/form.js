import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatTyped } from '../lib/number.js';

/*
 * Form fields in the GOV.UK pattern: label, hint under it, the error message above the input, and the input
 * described by both. One function per kind of field; the page owns the values and the errors.
 */

const describedBy = (id, hint, error) => [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;

function frame(id, label, hint, error, control, required) {
  return html`
    <div class="mb-3 field ${error ? 'field-error' : ''}">
      <label class="form-label fw-semibold" for=${id}>${label}${required ? html` <span class="req" aria-hidden="true">*</span>` : ''}</label>
      ${hint ? html`<div id="${id}-hint" class="form-text mt-0 mb-1">${hint}</div>` : ''}
      ${error ? html`<div id="${id}-error" class="error-message">${error}</div>` : ''}
      ${control}
    </div>`;
}

/** opts: {id, label, hint, error, value, onInput, onChange, type, required, maxLength, autocomplete, inputmode, width,
 *  list (the id of a datalist of suggestions)} */
export function textField(o) {
  return frame(o.id, o.label, o.hint, o.error, html`
    <input class="form-control ${o.error ? 'is-invalid' : ''} ${o.width || ''}" id=${o.id} name=${o.name || o.id}
      type=${o.type || 'text'} .value=${live(o.value ?? '')} maxlength=${o.maxLength || nothing}
      autocomplete=${o.autocomplete || nothing} inputmode=${o.inputmode || nothing} list=${o.list || nothing}
      ?required=${o.required}
      aria-describedby=${describedBy(o.id, o.hint, o.error)} aria-invalid=${o.error ? 'true' : 'false'}
      @input=${(e) => o.onInput?.(e.target.value)} @change=${(e) => o.onChange?.(e.target.value)}>`, o.required);
}

/**
 * A number, read by the one rule of lib/number.js (12.000, 250.000,50, or pasted 250,000.50); once the person leaves
 * the field it shows the number back in the reader's format. opts as textField's, plus whole (no decimals expected).
 */
export function numberField(o) {
  return textField({ ...o, inputmode: o.whole ? 'numeric' : 'decimal', autocomplete: 'off', width: o.width ?? 'input-short',
    onChange: (value) => o.onInput?.(formatTyped(value)) });
}

/** A year: four digits, never grouped. */
export function yearField(o) {
  return textField({ ...o, inputmode: 'numeric', autocomplete: 'off', maxLength: 4, width: o.width || 'input-short' });
}

export function textArea(o) {
  return frame(o.id, o.label, o.hint, o.error, html`
    <textarea class="form-control ${o.error ? 'is-invalid' : ''}" id=${o.id} name=${o.name || o.id} rows=${o.rows || 4}
      .value=${live(o.value ?? '')} maxlength=${o.maxLength || nothing} ?required=${o.required}
      aria-describedby=${describedBy(o.id, o.hint, o.error)} aria-invalid=${o.error ? 'true' : 'false'}
      @input=${(e) => o.onInput?.(e.target.value)}></textarea>`, o.required);
}

/** options: [{value, label, disabled}] */
export function selectField(o) {
  return frame(o.id, o.label, o.hint, o.error, html`
    <select class="form-select ${o.error ? 'is-invalid' : ''} ${o.width || ''}" id=${o.id} name=${o.name || o.id}
      ?required=${o.required} aria-describedby=${describedBy(o.id, o.hint, o.error)}
      aria-invalid=${o.error ? 'true' : 'false'} @change=${(e) => o.onInput?.(e.target.value)}>
      ${o.placeholder !== undefined ? html`<option value="" ?selected=${!o.value}>${o.placeholder}</option>` : ''}
      ${o.options.map((opt) => html`<option value=${opt.value} ?selected=${String(opt.value) === String(o.value ?? '')}
        ?disabled=${opt.disabled}>${opt.label}</option>`)}
    </select>`, o.required);
}

/** A date typed as dd/mm/yyyy, whatever the browser's locale (the hint says so). */
export function dateField(o) {
  return textField({ ...o, inputmode: 'numeric', width: 'input-date', autocomplete: 'off' });
}

/** Radios in a fieldset; options: [{value, label, hint}] */
export function radios(o) {
  return html`
    <fieldset class="mb-3 field ${o.error ? 'field-error' : ''}" aria-describedby=${describedBy(o.id, o.hint, o.error)}>
      <legend class="form-label fw-semibold fs-6">${o.label}</legend>
      ${o.hint ? html`<div id="${o.id}-hint" class="form-text mt-0 mb-1">${o.hint}</div>` : ''}
      ${o.error ? html`<div id="${o.id}-error" class="error-message">${o.error}</div>` : ''}
      ${o.options.map((opt, i) => html`
        <div class="form-check">
          <input class="form-check-input" type="radio" name=${o.id} id=${i === 0 ? o.id : `${o.id}-${opt.value}`}
            value=${opt.value} .checked=${live(o.value === opt.value)} @change=${() => o.onInput?.(opt.value)}>
          <label class="form-check-label" for=${i === 0 ? o.id : `${o.id}-${opt.value}`}>${opt.label}</label>
          ${opt.hint ? html`<div class="form-text mt-0">${opt.hint}</div>` : ''}
        </div>`)}
    </fieldset>`;
}
