import { t } from './i18n.js';

/** What to tell the user about a failed call, in their language. */
export function problemMessage(error) {
  const status = error?.status;
  if (status === 0) return t('error.network');
  if (status === 403) return t('error.forbidden');
  if (status === 404) return t('error.notFound');
  if (status === 409) return t('error.conflict', { detail: error.problem?.detail || '' });
  if (status === 413) return t('error.tooLarge');
  if (status === 415) return t('error.unsupportedType');
  if (status >= 500) return t('error.server');
  if (status === undefined) return t('error.unexpected');
  return error.problem?.detail || error.message || t('error.unexpected');
}
