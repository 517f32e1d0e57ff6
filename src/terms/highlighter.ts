import { SLICE_MS } from '../runtime/slices';
import { blockOf } from './changed-text';
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
 * (never per frame: an IntersectionObserver on thousands of blocks costs the page on every frame it
 * draws), and scrolling picks the blocks within NEAR_MARGIN_PX of what is seen.
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

type Win = Window & typeof globalThis & { Highlight?: typeof Highlight; ResizeObserver?: typeof ResizeObserver };

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
  let byBlock = new Map<Element, AbstractRange[]>();
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
  // Reading a box costs more the deeper it sits, so a long list is read over several frames, at most
  // a slice of time in each, from the top of the page down; until a block is read again, its last
  // position stands.
  let queue: Element[] = [];
  let cursor = 0;
  const measureSome = () => {
    const y = win.scrollY;
    const until = performance.now() + SLICE_MS;
    while (cursor < queue.length) {
      const block = queue[cursor]!;
      cursor += 1;
      const rect = block.getBoundingClientRect();
      spans.set(block, { top: rect.top + y, bottom: rect.bottom + y });
      if (cursor % 16 === 0 && performance.now() >= until) break;
    }
  };
  const update = () => {
    frame = 0;
    if (remeasure) {
      queue = [...byBlock.keys()];
      cursor = 0;
      remeasure = false;
    }
    if (cursor < queue.length) measureSome();
    const margin = NEAR_MARGIN_PX;
    const now = blocksInBand(spans, win.scrollY - margin, win.scrollY + win.innerHeight + margin);
    for (const block of near) if (!now.has(block)) for (const range of byBlock.get(block) ?? []) highlight.delete(range);
    for (const block of now) if (!near.has(block)) for (const range of byBlock.get(block) ?? []) highlight.add(range);
    near = now;
    if (cursor < queue.length) frame = win.requestAnimationFrame(update);
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
      // The page grew or shrank: what is below the change has moved.
      resizes = new Resize(() => schedule(true));
      resizes.observe(doc.documentElement);
    }
  };

  return {
    supported: true,
    show(occurrences) {
      const next = new Map<Element, AbstractRange[]>();
      for (const occurrence of occurrences) {
        const block = blockOf(occurrence.startNode) ?? doc.documentElement;
        const list = next.get(block);
        if (list) list.push(rangeFor(occurrence));
        else next.set(block, [rangeFor(occurrence)]);
      }
      highlight.clear();
      byBlock = next;
      near = new Set();
      spans = new Map();
      queue = [];
      cursor = 0;
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
      spans = new Map();
      queue = [];
      cursor = 0;
      near = new Set();
      highlight.clear();
      registry.delete(TERM);
      registry.delete(FLASH);
    },
  };
}
