// What the process declares about its steps, read from its BPMN: each step's name in Vietnamese (the name
// attribute) and English (the nameEn property), and each outcome's label ("outcome:id" = "Vi | En"). The
// timeline and the diagram's text alternative use them, so a new step or outcome needs no change here.
const CAMUNDA = 'http://camunda.org/schema/1.0/bpmn';

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
