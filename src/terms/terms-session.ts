import { findTerms, type TermOccurrence } from './find-terms';
import { createHighlighter } from './highlighter';
import { createHitTester } from './hit-test';
import type { TermTrie } from './term-trie';

/** The least time between two scans: new text is marked within this plus one frame. */
export const RESCAN_INTERVAL_MS = 120;

export interface TermsSessionOptions {
  doc: Document;
  trie: TermTrie;
  marks: 'all' | 'first';
  /** Aborts when the page changes or terms are switched off: everything stops and the marks go. */
  signal: AbortSignal;
  /** Our own host: its changes are not the page's. */
  host?: Element;
  onOccurrences(occurrences: readonly TermOccurrence[]): void;
  onHover(occurrence: TermOccurrence | null): void;
}

function visible(occurrence: TermOccurrence): boolean {
  const parent = occurrence.startNode.parentElement;
  return parent === null || typeof parent.checkVisibility !== 'function' || parent.checkVisibility();
}

function onlyFirst(occurrences: readonly TermOccurrence[]): TermOccurrence[] {
  const seen = new Set<string>();
  return occurrences.filter((o) => !seen.has(o.termId) && seen.add(o.termId));
}

/**
 * Marks the terms of one page and keeps them current. Changes to the page are coalesced to one rescan
 * per animation frame and at most one per RESCAN_INTERVAL_MS, so a flood of mutations costs a single
 * rescan, never per-node work. Reads the page; never writes to it.
 */
export function startTermsSession(options: TermsSessionOptions): { flash(occurrence: TermOccurrence): void } {
  const { doc, trie, marks, signal, host } = options;
  const highlighter = createHighlighter(doc);
  let hitTest: (x: number, y: number) => TermOccurrence | null = () => null;
  let lastScan = 0;
  let scheduled = false;

  const scan = () => {
    scheduled = false;
    if (signal.aborted || doc.body === null) return;
    lastScan = performance.now();
    const found = findTerms(doc.body, trie).filter(visible);
    const marked = marks === 'first' ? onlyFirst(found) : found;
    highlighter.show(marked);
    hitTest = createHitTester(doc, marked);
    options.onOccurrences(marked);
  };

  const schedule = () => {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    const wait = Math.max(0, lastScan + RESCAN_INTERVAL_MS - performance.now());
    setTimeout(() => requestAnimationFrame(scan), wait);
  };

  const observer = new MutationObserver((records) => {
    if (records.some((record) => host === undefined || (record.target !== host && !host.contains(record.target)))) schedule();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });

  let pointer: { x: number; y: number } | null = null;
  let pointerFrame = false;
  const onPointerMove = (event: PointerEvent) => {
    // Over our own UI the popover stays as it is.
    if (host !== undefined && event.composedPath().includes(host)) return;
    pointer = { x: event.clientX, y: event.clientY };
    if (pointerFrame) return;
    pointerFrame = true;
    requestAnimationFrame(() => {
      pointerFrame = false;
      if (pointer !== null && !signal.aborted) options.onHover(hitTest(pointer.x, pointer.y));
    });
  };
  doc.addEventListener('pointermove', onPointerMove, { passive: true, capture: true, signal });

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      highlighter.clear();
    },
    { once: true },
  );
  scan();
  return { flash: (occurrence) => highlighter.flash(occurrence) };
}
