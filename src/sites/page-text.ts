import type { PageLanguage } from './types';

/** NFKC folds full-width letters and digits (ＳＴＥＰ２ → STEP2) and the ideographic space. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

const SKIPPED_PARENTS = new Set(['RT', 'RP', 'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** An element's text as read on screen: ruby readings and scripts left out. Reads only. */
export function readableText(element: Element): string {
  const doc = element.ownerDocument;
  const walker = doc.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (!SKIPPED_PARENTS.has(node.parentElement?.nodeName ?? '')) text += node.nodeValue ?? '';
  }
  return text;
}

const HEADINGS = 'h1, h2, h3, [role="heading"][aria-level="1"], [role="heading"][aria-level="2"]';
const MAIN_HEADINGS = 'h1, [role="heading"][aria-level="1"]';

/** The title, then up to `max` of the headings `selector` finds in document order, each normalized; our host is skipped. */
function titleAndHeadings(doc: Document, selector: string, max: number): string[] {
  const signals = [normalizeText(doc.title)];
  const headings = doc.querySelectorAll(selector);
  for (let i = 0; i < headings.length && signals.length <= max; i += 1) {
    const heading = headings[i]!;
    if (heading.closest('myna-guide')) continue;
    signals.push(normalizeText(readableText(heading)));
  }
  return signals.filter((signal) => signal !== '');
}

/** The visible signals that name a page when its URL cannot: the title, then the first headings. */
export function pageSignals(doc: Document): string[] {
  return titleAndHeadings(doc, HEADINGS, 12);
}

/**
 * What the page says it is about: its title and its first-level headings. Side menus and news lists sit
 * in lower headings, so they never make a ministry's page ours.
 */
export function pageTopicSignals(doc: Document): string[] {
  return titleAndHeadings(doc, MAIN_HEADINGS, 3);
}

const LANGUAGE_CODES: Readonly<Record<string, PageLanguage>> = { ja: 'ja', en: 'en', es: 'es', pt: 'pt', zh: 'zh', ko: 'ko' };

/** The page's language from its `/en/` path or its `<html lang>`, Japanese when neither says. */
export function pageLanguage(url: URL, doc?: Document): PageLanguage {
  if (/^\/en(\/|$)/.test(url.pathname)) return 'en';
  const declared = doc?.documentElement.lang.toLowerCase().split('-')[0];
  if (declared) return LANGUAGE_CODES[declared] ?? 'other';
  return 'ja';
}
