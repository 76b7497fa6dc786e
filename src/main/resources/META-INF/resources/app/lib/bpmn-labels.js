// What the process declares about its steps, read from its BPMN: each step's name in Vietnamese (the name
// attribute) and English (the nameEn property), and each outcome's label ("outcome:id" = "Vi | En"). The
// timeline and the diagram's text alternative use them, so a new step or outcome needs no change here.
import { pick } from './i18n.js';

const CAMUNDA = 'http://camunda.org/schema/1.0/bpmn';

/** A field's label as its step declares it ("label:<name>"), otherwise its name made readable. */
export function fieldLabel(field) {
  const declared = pick(field, 'label');
  if (declared) return declared;
  const words = field.name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function processLabels(xml) {
  const steps = {};
  const outcomes = {};
  if (!xml) return { steps, outcomes };
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  for (const element of doc.querySelectorAll('[id]')) {
    const process = element.closest('process');
    if (!process || element === process || element.localName.endsWith('Flow')) continue;
    const id = element.getAttribute('id');
    const properties = [...element.getElementsByTagNameNS(CAMUNDA, 'property')]
      .filter((p) => p.closest('[id]') === element);
    const property = (name) => properties.find((p) => p.getAttribute('name') === name)?.getAttribute('value');
    steps[id] = { type: element.localName, nameVi: element.getAttribute('name') || '', nameEn: property('nameEn') || '' };
    for (const p of properties) {
      const name = p.getAttribute('name') || '';
      if (!name.startsWith('outcome:')) continue;
      const [vi, en] = (p.getAttribute('value') || '').split('|').map((s) => s.trim());
      (outcomes[id] ||= {})[name.slice('outcome:'.length)] = { labelVi: vi, labelEn: en || vi };
    }
  }
  return { steps, outcomes };
}
