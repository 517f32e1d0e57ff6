/** What the popup reads of a page that is not official, to tell whether it imitates one. */
export interface PageProbe {
  title: string;
  /** The start of the page's visible text. */
  text: string;
  passwordFields: number;
  cardFields: number;
  pinFields: number;
  myNumberFields: number;
}

/**
 * Runs inside the page through scripting.executeScript, so it must stand alone: no imports, no closure.
 * It reads the title, the first part of the visible text and the kinds of form fields; it changes nothing
 * and returns numbers and text only, never a field's value.
 */
export function probePage(doc: Document = document): PageProbe {
  const TEXT_LIMIT = 6000;
  const labelOf = (field: HTMLInputElement): string => {
    const parts = [field.name, field.id, field.placeholder, field.title, field.getAttribute('aria-label') ?? '', field.autocomplete];
    for (const label of Array.from(field.labels ?? [])) parts.push(label.textContent ?? '');
    const cell = field.closest('td, dd');
    const header = cell?.previousElementSibling;
    if (header) parts.push(header.textContent ?? '');
    return parts.join(' ').normalize('NFKC').toLowerCase();
  };
  const fields = Array.from(doc.querySelectorAll<HTMLInputElement>('input:not([type="hidden"])'));
  const count = (pattern: RegExp) => fields.filter((field) => field.type !== 'password' && pattern.test(labelOf(field))).length;
  return {
    title: doc.title,
    text: (doc.body?.innerText ?? doc.body?.textContent ?? '').slice(0, TEXT_LIMIT),
    passwordFields: fields.filter((field) => field.type === 'password').length,
    cardFields: count(/cc-(number|csc|exp)|card.?(number|no)|cvv|cvc|security.?code|カード番号|セキュリティコード|有効期限/),
    pinFields: count(/\bpin\b|暗証番号|パスワード/),
    myNumberFields: count(/マイナンバー|個人番号|my.?number/),
  };
}

/** The probe's result as it comes back from another context, checked field by field. */
export function parsePageProbe(raw: unknown): PageProbe | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const count = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0);
  if (typeof r.title !== 'string' || typeof r.text !== 'string') return null;
  return {
    title: r.title.slice(0, 500),
    text: r.text.slice(0, 6000),
    passwordFields: count(r.passwordFields),
    cardFields: count(r.cardFields),
    pinFields: count(r.pinFields),
    myNumberFields: count(r.myNumberFields),
  };
}
