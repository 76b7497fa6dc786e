import { t, hasMessage } from './i18n.js';
import { formatDate, formatNumber } from './format.js';

/*
 * The API names every problem by a stable code, with the values its message needs (README, "Errors"): the pages
 * say it in the reader's language from the message problem.<code>, never with the server's English text.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A value as the reader writes it: dates dd/mm/yyyy, numbers with the locale's separators, lists joined. */
function shown(value) {
  if (Array.isArray(value)) return value.map(shown).join(', ');
  if (typeof value === 'number') return formatNumber(value, 8);
  if (typeof value === 'string' && ISO_DATE.test(value)) return formatDate(value);
  return value ?? '';
}

/** The message of a code with its values, or null when the message files do not know the code. */
export function codeMessage(code, values = {}) {
  const key = `problem.${code}`;
  if (!code || !hasMessage(key)) return null;
  return t(key, Object.fromEntries(Object.entries(values || {}).map(([name, value]) => [name, shown(value)])));
}

/** What one violation or import error says, in the reader's language. */
export function violationMessage(violation) {
  return codeMessage(violation?.code, violation?.values) ?? t('problem.invalid');
}

/** What to tell the user about a failed call, in their language. */
export function problemMessage(error) {
  const status = error?.status;
  if (status === 0) return t('error.network');
  if (status === undefined) return t('error.unexpected');
  const coded = codeMessage(error.problem?.code, error.problem?.values);
  if (coded) return coded;
  if (status === 403) return t('error.forbidden');
  if (status === 404) return t('error.notFound');
  if (status === 409) return t('error.conflict');
  if (status === 413) return t('error.tooLarge');
  if (status === 415) return t('error.unsupportedType');
  if (status >= 500) return t('error.server');
  return t('error.unexpected');
}
