import { language } from './i18n.js';

// The province's clock: dates and times read as in Vietnam wherever the browser is.
const ZONE = 'Asia/Ho_Chi_Minh';
const locale = () => (language() === 'vi' ? 'vi-VN' : 'en-GB');

/** dd/MM/yyyy from an ISO date (2027-03-01) or instant (2027-03-01T02:00:00Z). */
export function formatDate(value) {
  if (!value) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-');
    return `${d}/${m}/${y}`;
  }
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, day: '2-digit', month: '2-digit', year: 'numeric' })
    .format(new Date(value));
  return parts;
}

/** dd/MM/yyyy HH:mm in the province's time zone. */
export function formatDateTime(value) {
  if (!value) return '';
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(new Date(value));
  return `${formatDate(value)} ${time}`;
}

/** Typed dd/MM/yyyy (or d/M/yyyy) to ISO yyyy-MM-dd; null when it is not a real date. */
export function parseDate(text) {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text || '');
  if (!match) return null;
  const [, d, m, y] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Today in the province, as yyyy-MM-dd. */
export function today() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date());
}

/** 1.234.567,89 in Vietnamese, 1,234,567.89 in English. */
export function formatNumber(value, maxDigits = 2, minDigits = 0) {
  if (value === null || value === undefined || value === '') return '';
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: maxDigits, minimumFractionDigits: minDigits })
    .format(Number(value));
}

/** An amount with its currency code, e.g. 125.000,5 USD. */
export function formatMoney(value, currency) {
  if (value === null || value === undefined) return '';
  return `${formatNumber(value, 2)} ${currency || ''}`.trim();
}

export function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, 1)} KB`;
  return `${formatNumber(bytes / 1024 / 1024, 1)} MB`;
}

/** A duration in milliseconds as days and hours, for the timeline. */
export function formatDuration(millis, t) {
  if (millis === null || millis === undefined) return '';
  const hours = Math.round(millis / 3600000);
  if (hours < 1) return t('duration.lessThanHour');
  if (hours < 24) return t('duration.hours', { n: hours });
  return t('duration.days', { n: formatNumber(hours / 24, 1) });
}
