import { html } from 'lit';
import { t } from '../lib/i18n.js';

/** The kinds of aid, in the order the law lists them. */
export const KINDS = ['PROGRAMME', 'PROJECT', 'NON_PROJECT', 'EMERGENCY_RELIEF'];

/** The "kind of aid" filter of a list page: every kind, or one. */
export function kindFilter({ label, value, onChange }) {
  return html`
    <label class="form-label" for="filter-kind">${label}</label>
    <select id="filter-kind" class="form-select" @change=${(e) => onChange(e.target.value)}>
      <option value="">${t('proposals.allKinds')}</option>
      ${KINDS.map((k) => html`<option value=${k} ?selected=${value === k}>${t(`kind.${k}`)}</option>`)}
    </select>`;
}
