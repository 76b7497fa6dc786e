import { html } from 'lit';
import { t, pick, donorName } from '../lib/i18n.js';
import { api } from '../lib/api.js';
import { formatDate, formatNumber } from '../lib/format.js';
import '../components/holiday-year.js';

/*
 * The reference data an administrator keeps, each described once for the generic editor
 * (components/resource-editor.js): its endpoint, its table columns and its form fields.
 */

const ROLES = ['officer', 'appraiser', 'consultee', 'approver', 'leadership', 'admin', 'aid-owner'];
const WORKFLOW_ROLES = ['officer', 'appraiser', 'consultee', 'approver', 'aid-owner'];
const CERT_KINDS = ['OPERATION', 'PROJECT_OFFICE', 'REPRESENTATIVE_OFFICE'];
const LEVELS = ['PROVINCE', 'DISTRICT', 'COMMUNE'];

const label = (key) => () => t(key);
const period = (from, to) => `${formatDate(from)} – ${to ? formatDate(to) : t('admin.openEnded')}`;

const adminUnitOptions = async () => (await api('/api/admin-units'))
  .map((u) => ({ value: u.code, label: `${u.name} (${u.code})` }));
const orgUnitOptions = async () => (await api('/api/org-units'))
  .map((u) => ({ value: u.code, label: `${pick(u, 'name')} (${u.code})` }));

/** A field: name, type and the i18n keys admin.<section>.<name> (label) and ...Hint when hint is set. */
function field(section, name, type = 'text', extra = {}) {
  return {
    name, type, label: label(`admin.${section}.${name}`),
    ...extra,
    hint: extra.hint ? label(`admin.${section}.${name}Hint`) : undefined,
  };
}

function column(section, name, value, extra = {}) {
  return { label: label(`admin.${section}.${name}`), value: value || ((item) => item[name]), ...extra };
}

function describe(key, endpoint, description) {
  return {
    key, endpoint, slug: endpoint.replace('/api/', ''),
    title: label(`admin.section.${key}`),
    caption: label(`admin.section.${key}`),
    addLabel: label(`admin.${key}.add`),
    idOf: (item) => item.id,
    ...description,
  };
}

export const SECTIONS = [
  describe('ngos', '/api/ngos', {
    nameOf: (n) => donorName(n.nameVi, n.name),
    aliases: { certPeriodValid: 'certValidTo' },
    columns: [
      column('ngos', 'nameVi'),
      column('ngos', 'name'),
      column('ngos', 'country'),
      column('ngos', 'certificate', (n) => `${t(`admin.certKind.${n.certKind}`)} ${n.certNumber}`),
      column('ngos', 'certPeriod', (n) => period(n.certValidFrom, n.certValidTo)),
    ],
    fields: [
      field('ngos', 'nameVi', 'text', { required: true, maxLength: 300 }),
      field('ngos', 'name', 'text', { required: true, maxLength: 300, hint: true }),
      field('ngos', 'country', 'text', { required: true, maxLength: 2, width: 'input-short', hint: true,
        toApi: (v) => v?.toUpperCase() ?? null }),
      field('ngos', 'certKind', 'select', { required: true,
        choices: () => CERT_KINDS.map((k) => ({ value: k, label: t(`admin.certKind.${k}`) })) }),
      field('ngos', 'certNumber', 'text', { required: true, maxLength: 60 }),
      field('ngos', 'certIssuer', 'text', { required: true, maxLength: 300 }),
      field('ngos', 'certValidFrom', 'date', { required: true }),
      field('ngos', 'certValidTo', 'date', { required: true }),
      field('ngos', 'contactPerson', 'text', { maxLength: 200 }),
      field('ngos', 'contactEmail', 'text', { maxLength: 200, autocomplete: 'off' }),
      field('ngos', 'contactPhone', 'text', { maxLength: 40, width: 'input-short' }),
      field('ngos', 'address', 'textarea', { maxLength: 500 }),
    ],
  }),
  describe('sectors', '/api/sectors', {
    nameOf: (s) => pick(s, 'name'),
    columns: [
      column('sectors', 'code'),
      column('sectors', 'crsCode'),
      column('sectors', 'nameVi'),
      column('sectors', 'nameEn'),
    ],
    fields: [
      field('sectors', 'code', 'text', { required: true, maxLength: 40, width: 'input-short', hint: true }),
      field('sectors', 'crsCode', 'text', { required: true, maxLength: 5, width: 'input-short', hint: true }),
      field('sectors', 'nameVi', 'text', { required: true, maxLength: 200 }),
      field('sectors', 'nameEn', 'text', { required: true, maxLength: 200 }),
    ],
  }),
  describe('adminUnits', '/api/admin-units', {
    nameOf: (u) => u.name,
    columns: [
      column('adminUnits', 'code'),
      column('adminUnits', 'name'),
      column('adminUnits', 'level', (u) => t(`admin.level.${u.level}`)),
      column('adminUnits', 'parentCode'),
      column('adminUnits', 'validity', (u) => period(u.validFrom, u.validTo)),
    ],
    fields: [
      field('adminUnits', 'code', 'text', { required: true, maxLength: 20, width: 'input-short' }),
      field('adminUnits', 'name', 'text', { required: true, maxLength: 200 }),
      field('adminUnits', 'level', 'select', { required: true,
        choices: () => LEVELS.map((l) => ({ value: l, label: t(`admin.level.${l}`) })) }),
      field('adminUnits', 'parentCode', 'select', { options: adminUnitOptions }),
      field('adminUnits', 'validFrom', 'date', { required: true }),
      field('adminUnits', 'validTo', 'date', { hint: true }),
    ],
  }),
  describe('orgUnits', '/api/org-units', {
    nameOf: (u) => pick(u, 'name'),
    columns: [
      column('orgUnits', 'code'),
      column('orgUnits', 'nameVi', (u) => pick(u, 'name')),
      column('orgUnits', 'workflowRoles', (u) => (u.workflowRoles || '').split(',').filter(Boolean)
        .map((r) => t(`admin.role.${r}`)).join(', ')),
      column('orgUnits', 'validity', (u) => period(u.validFrom, u.validTo)),
    ],
    fields: [
      field('orgUnits', 'code', 'text', { required: true, maxLength: 40, width: 'input-short', hint: true }),
      field('orgUnits', 'nameVi', 'text', { required: true, maxLength: 300 }),
      field('orgUnits', 'nameEn', 'text', { maxLength: 300 }),
      field('orgUnits', 'workflowRoles', 'multi', { hint: true,
        choices: () => WORKFLOW_ROLES.map((r) => ({ value: r, label: t(`admin.role.${r}`) })),
        fromApi: (v) => (v || '').split(',').filter(Boolean), toApi: (v) => (v || []).join(',') }),
      field('orgUnits', 'validFrom', 'date', { required: true }),
      field('orgUnits', 'validTo', 'date', { hint: true }),
    ],
  }),
  // The government's yearly decisions (Labour Code 2019 Art. 112(3)); the days the law gives are computed, and the
  // days off of a chosen year, both together, are listed below the decisions.
  describe('holidays', '/api/holidays', {
    list: () => api('/api/holidays/entered'),
    nameOf: (h) => `${pick(h, 'name')} (${formatDate(h.day)})`,
    columns: [
      column('holidays', 'day', (h) => formatDate(h.day)),
      column('holidays', 'dayOff', (h) => (h.dayOff
        ? html`<strong class="tag tag-orange">${t('admin.holidays.off')}</strong>`
        : html`<strong class="tag tag-green">${t('admin.holidays.worked')}</strong>`)),
      column('holidays', 'nameVi'),
      column('holidays', 'nameEn'),
    ],
    fields: [
      field('holidays', 'day', 'date', { required: true }),
      field('holidays', 'nameVi', 'text', { required: true, maxLength: 200 }),
      field('holidays', 'nameEn', 'text', { maxLength: 200 }),
      field('holidays', 'dayOff', 'checkbox', { initial: true, hint: true }),
    ],
    after: () => html`<hr class="my-4"><vt-holiday-year data-follows-editor></vt-holiday-year>`,
  }),
  describe('users', '/api/users', {
    nameOf: (u) => u.username,
    canDelete: false,
    columns: [
      column('users', 'username'),
      column('users', 'fullName'),
      column('users', 'roles', (u) => (u.roles || []).map((r) => t(`admin.role.${r}`)).join(', ')),
      column('users', 'orgUnit'),
      column('users', 'active', (u) => (u.active ? t('admin.users.isActive') : t('admin.users.isInactive'))),
    ],
    fields: [
      field('users', 'username', 'text', { on: 'create', required: true, maxLength: 80, hint: true, width: 'input-short' }),
      field('users', 'fullName', 'text', { required: true, maxLength: 200 }),
      field('users', 'password', 'password', { on: 'create', required: true, hint: true, keepSpaces: true }),
      field('users', 'roles', 'multi', { required: true, hint: true,
        choices: () => ROLES.map((r) => ({ value: r, label: t(`admin.role.${r}`) })) }),
      field('users', 'orgUnit', 'select', { options: orgUnitOptions, hint: true }),
      field('users', 'active', 'checkbox', { on: 'edit', hint: true }),
      field('users', 'newPassword', 'password', { on: 'edit', hint: true, keepSpaces: true }),
      field('users', 'email', 'text', { maxLength: 254, hint: true }),
      // Each language named in itself, as language switches do
      field('users', 'language', 'select', { choices: () => [{ value: 'vi', label: 'Tiếng Việt' }, { value: 'en', label: 'English' }] }),
    ],
  }),
  describe('exchangeRates', '/api/exchange-rates', {
    nameOf: (r) => `${r.currency} ${formatDate(r.date)}`,
    canEdit: false,
    columns: [
      column('exchangeRates', 'currency'),
      column('exchangeRates', 'date', (r) => formatDate(r.date)),
      column('exchangeRates', 'unitsPerUsd', (r) => formatNumber(r.unitsPerUsd, 8), { num: true }),
      column('exchangeRates', 'source'),
    ],
    fields: [
      field('exchangeRates', 'currency', 'text', { required: true, maxLength: 3, width: 'input-short', hint: true,
        toApi: (v) => v?.toUpperCase() ?? null }),
      field('exchangeRates', 'date', 'date', { required: true, hint: true }),
      field('exchangeRates', 'unitsPerUsd', 'number', { required: true, hint: true }),
      field('exchangeRates', 'source', 'text', { required: true, maxLength: 300 }),
    ],
    csv: { endpoint: '/api/exchange-rates/import', header: 'currency,date,unitsPerUsd,source',
      example: 'VND,2025-01-02,25450,Ngân hàng Nhà nước Việt Nam' },
  }),
  describe('population', '/api/population', {
    nameOf: (p) => `${p.unitName || p.unitCode} ${p.year}`,
    idOf: (p) => `${p.unitCode}-${p.year}`,
    canEdit: false,
    canDelete: false,
    columns: [
      column('population', 'unitCode', (p) => `${p.unitName} (${p.unitCode})`),
      column('population', 'year', (p) => String(p.year), { num: true }),
      column('population', 'people', (p) => formatNumber(p.population, 0), { num: true }),
      column('population', 'source'),
    ],
    fields: [
      field('population', 'unitCode', 'select', { required: true, options: adminUnitOptions }),
      field('population', 'year', 'year', { required: true }),
      field('population', 'population', 'number', { required: true, whole: true }),
      field('population', 'source', 'text', { required: true, maxLength: 300 }),
    ],
    csv: { endpoint: '/api/population/import', header: 'unitCode,year,population,source',
      example: 'TN,2024,1194000,Niên giám thống kê tỉnh Tây Ninh 2024' },
  }),
  describe('nationalFigures', '/api/national-figures', {
    nameOf: (f) => String(f.year),
    idOf: (f) => f.year,
    canDelete: false,
    columns: [
      column('nationalFigures', 'year', (f) => String(f.year), { num: true }),
      column('nationalFigures', 'population', (f) => formatNumber(f.population, 0), { num: true }),
      column('nationalFigures', 'ngoAidUsd', (f) => formatNumber(f.ngoAidUsd, 2), { num: true }),
      column('nationalFigures', 'source'),
    ],
    fields: [
      field('nationalFigures', 'year', 'year', { on: 'create', required: true }),
      field('nationalFigures', 'population', 'number', { whole: true }),
      field('nationalFigures', 'ngoAidUsd', 'number'),
      field('nationalFigures', 'source', 'text', { required: true, maxLength: 500 }),
    ],
    // A year's figures are written by PUT to the year: the year is part of the address, not of the body.
    body: (values) => values,
    create: ({ year, ...rest }) => api(`/api/national-figures/${year}`, { method: 'PUT', body: rest }),
    update: (item, body) => api(`/api/national-figures/${item.year}`, { method: 'PUT', body }),
  }),
  // The reporting calendar (Decree 80/2020 Art. 14(4), Circular 23/2022/TT-BTC): one rule per kind of report, kept
  // as data; a change moves the reports not yet due.
  describe('reportingRules', '/api/reporting-rules', {
    nameOf: (r) => pick(r, 'name'),
    idOf: (r) => r.kind,
    canAdd: false,
    canDelete: false,
    columns: [
      column('reportingRules', 'name', (r) => pick(r, 'name')),
      column('reportingRules', 'due', (r) => (r.monthsAfterEnd != null
        ? t('admin.reportingRules.dueAfterEnd', { months: r.monthsAfterEnd })
        : t('admin.reportingRules.dueOn', { day: r.dueDay, month: r.dueMonth }))),
      column('reportingRules', 'reminderDays', (r) => String(r.reminderDays), { num: true }),
      column('reportingRules', 'reviewDays', (r) => String(r.reviewDays), { num: true }),
      column('reportingRules', 'active', (r) => t(r.active ? 'admin.reportingRules.inForce' : 'admin.reportingRules.notInForce')),
    ],
    fields: [
      field('reportingRules', 'nameVi', 'text', { required: true, maxLength: 200 }),
      field('reportingRules', 'nameEn', 'text', { required: true, maxLength: 200 }),
      field('reportingRules', 'dueMonth', 'number', { whole: true, hint: true }),
      field('reportingRules', 'dueDay', 'number', { whole: true }),
      field('reportingRules', 'monthsAfterEnd', 'number', { whole: true, hint: true }),
      field('reportingRules', 'reminderDays', 'number', { whole: true, required: true }),
      field('reportingRules', 'reviewDays', 'number', { whole: true, required: true }),
      field('reportingRules', 'correctionDays', 'number', { whole: true, required: true }),
      field('reportingRules', 'chaseDays', 'number', { whole: true, required: true }),
      field('reportingRules', 'active', 'checkbox'),
    ],
  }),
];

/** The sections the landing page lists, in its order; 'import' is the Excel import of earlier projects. */
export const SECTION_LINKS = [...SECTIONS.map((s) => ({ key: s.key, slug: s.slug })), { key: 'import', slug: 'import' }];

export function sectionBySlug(slug) {
  return SECTIONS.find((s) => s.slug === slug);
}
