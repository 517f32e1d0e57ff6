import type { TermOccurrence } from './find-terms';

const TERM = 'myna-guide-term';
const FLASH = 'myna-guide-flash';

/**
 * Marks terms with the CSS Custom Highlight API: the browser paints over ranges of the page's own text,
 * so no node is wrapped, split, added or changed. The ::highlight() rules have to be in a document
 * stylesheet; a constructed sheet in adoptedStyleSheets adds none to the DOM and is taken out again.
 */
const RULES = `
::highlight(${TERM}) { background-color: rgb(11 87 164 / 10%); text-decoration: underline dotted rgb(11 87 164 / 85%); }
::highlight(${FLASH}) { background-color: rgb(255 199 0 / 60%); color: #111; }
`;

export interface Highlighter {
  readonly supported: boolean;
  show(occurrences: readonly TermOccurrence[]): void;
  flash(occurrence: TermOccurrence): void;
  clear(): void;
}

export function rangeOf(doc: Document, occurrence: TermOccurrence): Range {
  const range = doc.createRange();
  range.setStart(occurrence.startNode, occurrence.startOffset);
  range.setEnd(occurrence.endNode, occurrence.endOffset);
  return range;
}

export function createHighlighter(doc: Document): Highlighter {
  const win = doc.defaultView;
  const registry = win?.CSS?.highlights;
  const HighlightClass = (win as (Window & { Highlight?: typeof Highlight }) | null)?.Highlight;
  if (registry === undefined || HighlightClass === undefined) {
    return { supported: false, show: () => undefined, flash: () => undefined, clear: () => undefined };
  }
  let sheet: CSSStyleSheet | undefined;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  const install = () => {
    if (sheet !== undefined) return;
    sheet = new (win!.CSSStyleSheet)();
    sheet.replaceSync(RULES);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  };
  return {
    supported: true,
    show(occurrences) {
      install();
      registry.set(TERM, new HighlightClass(...occurrences.map((o) => rangeOf(doc, o))));
    },
    flash(occurrence) {
      install();
      clearTimeout(flashTimer);
      registry.set(FLASH, new HighlightClass(rangeOf(doc, occurrence)));
      flashTimer = setTimeout(() => registry.delete(FLASH), 1600);
    },
    clear() {
      clearTimeout(flashTimer);
      registry.delete(TERM);
      registry.delete(FLASH);
      if (sheet !== undefined) {
        const ours = sheet;
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== ours);
        sheet = undefined;
      }
    },
  };
}
