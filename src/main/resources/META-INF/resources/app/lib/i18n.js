// Every label lives in i18n/vi.json and i18n/en.json; Vietnamese is the default, the choice is remembered.
const LANG_KEY = 'vt.lang';
export const LANGUAGES = ['vi', 'en'];

let lang = LANGUAGES.includes(localStorage.getItem(LANG_KEY)) ? localStorage.getItem(LANG_KEY) : 'vi';
let messages = {};
const listeners = new Set();

export async function loadMessages(next = lang) {
  const response = await fetch(`/app/i18n/${next}.json`);
  messages = await response.json();
  lang = next;
  document.documentElement.lang = next;
}

export async function setLanguage(next) {
  localStorage.setItem(LANG_KEY, next);
  await loadMessages(next);
  listeners.forEach((listener) => listener());
}

export function onLanguageChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const language = () => lang;

/** The message for key, with {name} placeholders filled from params; the key itself when missing. */
export function t(key, params = {}) {
  const text = messages[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (params[name] ?? whole));
}

/** Whether the message files have this key. */
export const hasMessage = (key) => key in messages;

/** t() when the key exists, otherwise the fallback (server labels the message files do not know). */
export function tOr(key, fallback) {
  return key in messages ? messages[key] : fallback;
}

/** A donor in the reader's language: its Vietnamese name, or for a reader of English its own name. */
export function donorName(nameVi, name) {
  return (lang === 'en' ? name || nameVi : nameVi || name) ?? '';
}

/** What identifies a donor besides the name shown: its own name when that is not the one shown, and its country. */
export function donorDetail(ngo) {
  const own = ngo.name && ngo.name !== donorName(ngo.nameVi, ngo.name) ? `${ngo.name}, ` : '';
  return `(${own}${ngo.country})`;
}

/** The API gives labels as xxxVi / xxxEn pairs: the one in the user's language, else the other. */
export function pick(object, base) {
  if (!object) return '';
  const vi = object[`${base}Vi`];
  const en = object[`${base}En`];
  return (lang === 'en' ? en || vi : vi || en) ?? object[base] ?? '';
}
