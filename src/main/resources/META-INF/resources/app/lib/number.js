import { formatNumber } from './format.js';

/*
 * The one rule for a number typed or pasted on any page, in either language (README, "Web application"):
 * - spaces are ignored; only digits and the separators . and , are allowed, and the number starts and ends with a digit;
 * - with both separators, the last one is the decimal separator and may appear once: 250.000,50 and 250,000.50;
 * - with one kind used more than once, it groups thousands: 1.250.000 and 1,250,000;
 * - with one used once, it groups thousands when exactly three digits follow and one to three (not a leading 0)
 *   come before it, as 12.000 and 10,000 (twelve and ten thousand); otherwise it is the decimal separator: 12,5 and
 *   12.5 and 0,125. So 1.234 is one thousand two hundred and thirty-four in both languages: a decimal with exactly
 *   three places after a whole part of 1 to 999 is typed with a fourth, 1,2340;
 * - a group of thousands always has three digits, after a first group of one to three.
 */

const GROUPED = /^[1-9]\d{0,2}$/;

/** The whole and fraction digits of text by the rule above, or null when it breaks it. */
function read(text) {
  const s = String(text ?? '').replace(/[\s\u00a0\u202f]/g, '');
  if (!/^\d[\d.,]*$/.test(s) || !/\d$/.test(s)) return null;
  let decimal = null;
  let group = null;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    decimal = lastDot > lastComma ? '.' : ',';
    group = decimal === '.' ? ',' : '.';
    if (s.indexOf(decimal) !== s.lastIndexOf(decimal)) return null;
  } else if (lastDot >= 0 || lastComma >= 0) {
    const separator = lastDot >= 0 ? '.' : ',';
    const parts = s.split(separator);
    if (parts.length > 2 || (parts[1].length === 3 && GROUPED.test(parts[0]))) group = separator;
    else decimal = separator;
  }
  const [whole, fraction = ''] = decimal ? s.split(decimal) : [s];
  if (!group) return { whole, fraction };
  const groups = whole.split(group);
  if (!GROUPED.test(groups[0]) || groups.slice(1).some((g) => !/^\d{3}$/.test(g))) return null;
  return { whole: groups.join(''), fraction };
}

/** The number a person typed or pasted; null when empty, NaN when it is not a number by the rule above. */
export function parseNumber(text) {
  if (!String(text ?? '').trim()) return null;
  const digits = read(text);
  if (!digits) return NaN;
  return Number(digits.fraction ? `${digits.whole}.${digits.fraction}` : digits.whole);
}

/** How many decimal places a number has (0 for a whole number). */
export function decimalPlaces(value) {
  if (!Number.isFinite(value)) return 0;
  return (value.toFixed(10).replace(/0+$/, '').split('.')[1] || '').length;
}

/**
 * What a number field shows once the person leaves it: the number in the reader's format (12.000 and 250.000,50 in
 * Vietnamese, 12,000 and 250,000.50 in English) with the decimal places they typed; text that is not a number as it is.
 */
export function formatTyped(text) {
  const value = parseNumber(text);
  if (value === null || Number.isNaN(value)) return text;
  const places = read(text).fraction.length;
  return formatNumber(value, places, places);
}

/** A number the API sent, shown in a field: a whole number without decimals, any other with at least {places}. */
export function formatForInput(value, places = 2) {
  if (value === null || value === undefined || value === '') return '';
  const number = Number(value);
  return formatNumber(number, Math.max(places, decimalPlaces(number)), Number.isInteger(number) ? 0 : places);
}

/** A number of at most 2 decimals (an amount, an indicator's value) typed by the rule above; null when it is not one. */
export function numberOf(text, { negative = false } = {}) {
  const value = parseNumber(text);
  return Number.isFinite(value) && (negative || value >= 0) && decimalPlaces(value) <= 2 ? value : null;
}
