import { readableText } from '../sites/page-text';

/** Form controls MyNa Guide explains; hidden inputs and buttons are not fields. */
export const FIELD_CONTROLS = 'input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="reset"]):not([type="image"]), select, textarea';

const byId = (doc: Document, ids: string) =>
  ids
    .split(/\s+/)
    .map((id) => doc.getElementById(id))
    .filter((element): element is HTMLElement => element !== null);

/** Text of the element just before `element` among its siblings, skipping other controls. */
function precedingText(element: Element): string {
  for (let sibling = element.previousElementSibling; sibling !== null; sibling = sibling.previousElementSibling) {
    if (sibling.matches(FIELD_CONTROLS) || sibling.querySelector(FIELD_CONTROLS)) return '';
    const text = readableText(sibling).trim();
    if (text !== '') return text;
  }
  return '';
}

/**
 * Everything that labels a control on the layouts Japanese government forms use: <label for>, a
 * wrapping <label>, aria-labelledby and aria-label, a table row (th then the control's td), a definition
 * list (dt then dd), a fieldset legend, a text block just before the control, placeholder and title.
 * Reads only. Ruby readings are left out; badges such as 必須 and hints such as （半角数字23桁） stay in.
 */
export function labelTextOf(control: HTMLElement): string {
  const doc = control.ownerDocument;
  const parts: string[] = [];
  const labels = (control as HTMLInputElement).labels;
  if (labels) for (const label of Array.from(labels)) parts.push(readableText(label));
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) for (const element of byId(doc, labelledBy)) parts.push(readableText(element));
  parts.push(control.getAttribute('aria-label') ?? '');

  const cell = control.closest('td');
  if (cell) {
    const header = cell.previousElementSibling;
    if (header?.nodeName === 'TH') parts.push(readableText(header));
    else {
      const rowHeader = cell.parentElement?.querySelector(':scope > th');
      if (rowHeader) parts.push(readableText(rowHeader));
    }
  }
  const definition = control.closest('dd');
  if (definition) {
    let term = definition.previousElementSibling;
    while (term !== null && term.nodeName !== 'DT') term = term.previousElementSibling;
    if (term) parts.push(readableText(term));
  }
  const legend = control.closest('fieldset')?.querySelector(':scope > legend');
  if (legend) parts.push(readableText(legend));

  // A label written as text just before the control, in the same parent or the one above.
  if (parts.every((part) => part.trim() === '')) {
    parts.push(precedingText(control));
    const parent = control.parentElement;
    if (parent && parts.every((part) => part.trim() === '')) parts.push(precedingText(parent));
  }
  parts.push((control as HTMLInputElement).placeholder ?? '', control.title ?? '');
  return parts.filter((part) => part.trim() !== '').join(' ');
}

/** The element that shows the control's label on screen, for a marker beside it; the control if none. */
export function labelElementOf(control: HTMLElement): Element {
  const label = (control as HTMLInputElement).labels?.[0];
  // A label inside a header cell shares it with badges such as 必須: the cell is the whole label.
  if (label && !label.contains(control)) return label.closest('th, dt, legend') ?? label;
  const header = control.closest('td')?.parentElement?.querySelector(':scope > th');
  if (header) return header;
  const definition = control.closest('dd');
  if (definition) {
    let term = definition.previousElementSibling;
    while (term !== null && term.nodeName !== 'DT') term = term.previousElementSibling;
    if (term) return term;
  }
  const legend = control.closest('fieldset')?.querySelector(':scope > legend');
  if (legend) return legend;
  return label ?? control;
}
