import { t, pick } from './i18n.js';
import { formatDate } from './format.js';

/** One recipient's line of a sent decision ({recipient, recipientLabelVi/En, method, sentOn}) as a sentence. */
export function dispatchText(line) {
  return t('dispatch.line', { recipient: pick(line, 'recipientLabel') || line.recipient, date: formatDate(line.sentOn),
    method: t(`dispatch.methods.${line.method}`) });
}
