import type { TermOccurrence } from './find-terms';

const TERM = 'myna-guide-term';
const FLASH = 'myna-guide-flash';

/**
 * Marks terms with the CSS Custom Highlight API: the browser paints over ranges of the page's own text,
 * so no node is wrapped, split, added or changed. The ::highlight() rules are in public/content-scripts/highlights.css,
 * which the manifest declares with the content script: the browser applies it before the page renders,
 * and nothing is added to the page's own style sheets.
 */
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
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  return {
    supported: true,
    show(occurrences) {
      // Static ranges: a live Range is updated by the browser on every change of the document, which on
      // a page with thousands of marks makes each of the page's own mutations slower. A change that can
      // touch a mark has the page read again, and new ranges replace these.
      const Static = win!.StaticRange;
      const ranges = occurrences.map((o) =>
        typeof Static === 'function'
          ? new Static({ startContainer: o.startNode, startOffset: o.startOffset, endContainer: o.endNode, endOffset: o.endOffset })
          : rangeOf(doc, o),
      );
      registry.set(TERM, new HighlightClass(...ranges));
    },
    flash(occurrence) {
      clearTimeout(flashTimer);
      registry.set(FLASH, new HighlightClass(rangeOf(doc, occurrence)));
      flashTimer = setTimeout(() => registry.delete(FLASH), 1600);
    },
    clear() {
      clearTimeout(flashTimer);
      registry.delete(TERM);
      registry.delete(FLASH);
    },
  };
}
