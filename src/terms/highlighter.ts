import { blockOfOccurrence } from './changed-text';
import type { TermOccurrence } from './find-terms';

const TERM = 'myna-guide-term';
const FLASH = 'myna-guide-flash';

/**
 * Marks terms with the CSS Custom Highlight API: the browser paints over ranges of the page's own text,
 * so no node is wrapped, split, added or changed. The ::highlight() rules are in public/content-scripts/highlights.css,
 * which the manifest declares with the content script: the browser applies it before the page renders,
 * and nothing is added to the page's own style sheets.
 *
 * Only the marks near the viewport are given to the browser: the ranges in the registry are checked and
 * repainted on each change of the page, so a page with thousands of marks would pay for all of them on
 * every tick of a clock. Where the marked blocks are is read when our marks or the page's layout change
 * (never per frame: an IntersectionObserver kept on thousands of blocks costs the page on every frame
 * it draws), and scrolling picks the blocks within NEAR_MARGIN_PX of what is seen.
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

type Win = Window &
  typeof globalThis & { Highlight?: typeof Highlight; ResizeObserver?: typeof ResizeObserver; IntersectionObserver?: typeof IntersectionObserver };

/** Where a marked block was, in page coordinates, when last measured. */
export interface BlockSpan {
  top: number;
  bottom: number;
}

/** The blocks whose span meets the band from `from` to `to` (page coordinates); empty blocks are unseen. */
export function blocksInBand<K>(spans: ReadonlyMap<K, BlockSpan>, from: number, to: number): Set<K> {
  const inBand = new Set<K>();
  for (const [block, span] of spans) if (span.bottom > span.top && span.bottom >= from && span.top <= to) inBand.add(block);
  return inBand;
}

/**
 * How far beyond the viewport marks are painted. A scroll is seen before the frame is drawn, so marks
 * come into view with their text; this covers what the browser scrolls ahead on its own. Each range
 * painted costs the page on every frame it draws, so the band is kept narrow.
 */
export const NEAR_MARGIN_PX = 160;

/** The most blocks whose boxes one frame is asked for. */
const BLOCKS_PER_FRAME = 256;

/** After this long without scrolling, the marked blocks are measured again (a fixed header moves with the view). */
const SETTLED_MS = 200;

export function createHighlighter(doc: Document): Highlighter {
  const win = doc.defaultView as Win | null;
  const registry = win?.CSS?.highlights;
  const HighlightClass = win?.Highlight;
  if (!win || registry === undefined || HighlightClass === undefined) {
    return { supported: false, show: () => undefined, flash: () => undefined, clear: () => undefined };
  }
  // Static ranges: a live Range is updated by the browser on every change of the document, which on a
  // page with thousands of marks makes each of the page's own mutations slower. A change that can touch
  // a mark has the page read again, and new ranges replace these.
  const Static = win.StaticRange;
  const rangeFor = (o: TermOccurrence): AbstractRange =>
    typeof Static === 'function'
      ? new Static({ startContainer: o.startNode, startOffset: o.startOffset, endContainer: o.endNode, endOffset: o.endOffset })
      : rangeOf(doc, o);

  const highlight = new HighlightClass();
  let byBlock = new Map<Element, TermOccurrence[]>();
  // A block's ranges are made the first time it comes near the viewport, and kept until the next show().
  let rangesOf = new Map<Element, AbstractRange[]>();
  const rangesFor = (block: Element): AbstractRange[] => {
    let ranges = rangesOf.get(block);
    if (ranges === undefined) rangesOf.set(block, (ranges = (byBlock.get(block) ?? []).map(rangeFor)));
    return ranges;
  };
  let spans = new Map<Element, BlockSpan>();
  let near = new Set<Element>();
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let remeasure = false;
  let listening: AbortController | null = null;
  let resizes: ResizeObserver | null = null;

  // Positions are read once per change of layout we can see (our marks, the window's size, the page's
  // height, a scroll inside the page), never per frame; a scroll of the window only compares numbers.
  // They are read by IntersectionObservers that each live for one delivery: the browser computes the
  // blocks' boxes in its own rendering step, where reading them one by one from script costs more. A
  // box costs more the deeper it sits, so each frame is given at most BLOCKS_PER_FRAME blocks, from the
  // top of the page down; until a block is read again, its last position stands.
  let observer: IntersectionObserver | null = null;
  let toMeasure: Element[] = [];
  let measured = 0;
  const measureNext = () => {
    const Observer = win.IntersectionObserver;
    if (typeof Observer !== 'function') {
      const y = win.scrollY;
      for (const block of toMeasure) {
        const rect = block.getBoundingClientRect();
        spans.set(block, { top: rect.top + y, bottom: rect.bottom + y });
      }
      measured = toMeasure.length;
      return;
    }
    const batch = toMeasure.slice(measured, measured + BLOCKS_PER_FRAME);
    measured += batch.length;
    const root = doc.documentElement;
    const current = new Observer((entries, self) => {
      self.disconnect();
      if (observer !== self) return;
      observer = null;
      // Page coordinates from the root element's box, measured in the same frame: asking the window
      // for its scroll position here would have the browser lay out again whatever the page has
      // changed since.
      const origin = entries.find((entry) => entry.target === root)?.boundingClientRect.top;
      const y = origin === undefined ? win.scrollY : -origin;
      for (const entry of entries) {
        const rect = entry.boundingClientRect;
        spans.set(entry.target, { top: rect.top + y, bottom: rect.bottom + y });
      }
      if (measured < toMeasure.length) measureNext();
      schedule(false);
    });
    observer = current;
    current.observe(root);
    for (const block of batch) current.observe(block);
  };
  const measure = () => {
    observer?.disconnect();
    observer = null;
    toMeasure = [...byBlock.keys()];
    measured = 0;
    measureNext();
  };
  const update = () => {
    frame = 0;
    if (remeasure) {
      remeasure = false;
      measure();
    }
    const margin = NEAR_MARGIN_PX;
    const now = blocksInBand(spans, win.scrollY - margin, win.scrollY + win.innerHeight + margin);
    for (const block of near) if (!now.has(block)) for (const range of rangesFor(block)) highlight.delete(range);
    for (const block of now) if (!near.has(block)) for (const range of rangesFor(block)) highlight.add(range);
    near = now;
  };
  const schedule = (withMeasure: boolean) => {
    remeasure ||= withMeasure;
    if (frame === 0) frame = win.requestAnimationFrame(update);
  };
  const listen = () => {
    if (listening !== null) return;
    listening = new AbortController();
    const options = { passive: true, capture: true, signal: listening.signal };
    doc.addEventListener(
      'scroll',
      (event) => {
        // A box scrolled inside the page moves its own blocks: those are measured again.
        const inner = event.target !== doc && event.target !== doc.documentElement;
        schedule(inner);
        clearTimeout(settleTimer);
        settleTimer = setTimeout(() => schedule(true), SETTLED_MS);
      },
      options,
    );
    win.addEventListener('resize', () => schedule(true), options);
    const Resize = win.ResizeObserver;
    if (typeof Resize === 'function') {
      // The page grew or shrank: what is below the change has moved. The first report, on observing,
      // only says the size it has now.
      let size = '';
      resizes = new Resize((entries) => {
        const box = entries[entries.length - 1]?.contentRect;
        const now = box === undefined ? '' : `${box.width}x${box.height}`;
        const first = size === '';
        if (now === size) return;
        size = now;
        if (!first) schedule(true);
      });
      resizes.observe(doc.documentElement);
    }
  };

  return {
    supported: true,
    show(occurrences) {
      const next = new Map<Element, TermOccurrence[]>();
      for (const occurrence of occurrences) {
        const block = blockOfOccurrence(occurrence) ?? doc.documentElement;
        const list = next.get(block);
        if (list) list.push(occurrence);
        else next.set(block, [occurrence]);
      }
      highlight.clear();
      observer?.disconnect();
      observer = null;
      byBlock = next;
      rangesOf = new Map();
      near = new Set();
      spans = new Map();
      registry.set(TERM, highlight);
      listen();
      schedule(true);
    },
    flash(occurrence) {
      clearTimeout(flashTimer);
      registry.set(FLASH, new HighlightClass(rangeOf(doc, occurrence)));
      flashTimer = setTimeout(() => registry.delete(FLASH), 1600);
    },
    clear() {
      clearTimeout(flashTimer);
      clearTimeout(settleTimer);
      if (frame !== 0) win.cancelAnimationFrame(frame);
      frame = 0;
      listening?.abort();
      listening = null;
      resizes?.disconnect();
      resizes = null;
      byBlock = new Map();
      rangesOf = new Map();
      spans = new Map();
      observer?.disconnect();
      observer = null;
      toMeasure = [];
      near = new Set();
      highlight.clear();
      registry.delete(TERM);
      registry.delete(FLASH);
    },
  };
}
