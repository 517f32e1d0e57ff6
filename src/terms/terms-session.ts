import type { PageWatcher } from '../runtime/page-watcher';
import { runAtOnce, runInSlices, type Work } from '../runtime/slices';
import { findTermsWork, type TermOccurrence } from './find-terms';
import { createHighlighter } from './highlighter';
import { createHitTester } from './hit-test';
import { blockOfOccurrence, mayTouchTerms } from './changed-text';
import type { TermTrie } from './term-trie';

/** The least time between two scans: new text is marked within this plus one frame. */
export const RESCAN_INTERVAL_MS = 120;

export interface TermsSessionOptions {
  doc: Document;
  trie: TermTrie;
  marks: 'all' | 'first';
  /** Aborts when the page changes or terms are switched off: everything stops and the marks go. */
  signal: AbortSignal;
  /** Our own host: the pointer over it is not over the page. */
  host?: Element;
  /** The page's one observer: reports what changed. */
  watcher: PageWatcher;
  onOccurrences(occurrences: readonly TermOccurrence[]): void;
  onHover(occurrence: TermOccurrence | null): void;
  /** A tap (touch or pen) on the page: on a term, or elsewhere (null). Taps on our own UI are not told. */
  onTap(occurrence: TermOccurrence | null): void;
}

/** A touch that ends this close to where it began, and this soon, is a tap; anything more is a scroll. */
const TAP_SLOP_PX = 10;
const TAP_MS = 600;
/** A tap on these is theirs: a link is followed, a button pressed, and no popover opens over that. */
const CONTROLS = 'a[href],button,label,summary,select,input,textarea,[role="button"],[role="link"]';

/** Whether each occurrence's text is rendered; asked once per element its text sits in. */
function visibility(): (occurrence: TermOccurrence) => boolean {
  const known = new Map<Element, boolean>();
  return (occurrence) => {
    const parent = occurrence.startNode.parentElement;
    if (parent === null || typeof parent.checkVisibility !== 'function') return true;
    let value = known.get(parent);
    if (value === undefined) known.set(parent, (value = parent.checkVisibility()));
    return value;
  };
}

/** Visibility checks between two points where the work may pause: one costs more the deeper it sits. */
const CHECKS_PER_STEP = 32;

/** The visible occurrences; with 'first', only the first visible one of each term, checking no more than that. */
export function* selectMarksWork(occurrences: readonly TermOccurrence[], marks: 'all' | 'first', isVisible = visibility()): Work<TermOccurrence[]> {
  const done = new Set<string>();
  const selected: TermOccurrence[] = [];
  let checks = 0;
  for (const occurrence of occurrences) {
    if (marks === 'first' && done.has(occurrence.termId)) continue;
    if (++checks % CHECKS_PER_STEP === 0) yield;
    if (!isVisible(occurrence)) continue;
    selected.push(occurrence);
    done.add(occurrence.termId);
  }
  return selected;
}

export const selectMarks = (occurrences: readonly TermOccurrence[], marks: 'all' | 'first', isVisible?: (o: TermOccurrence) => boolean) =>
  runAtOnce(selectMarksWork(occurrences, marks, isVisible));

/** Reads the page, finds its terms and keeps those to mark, as one piece of work that can pause. */
function* marksWork(root: Node, trie: TermTrie, marks: 'all' | 'first'): Work<TermOccurrence[]> {
  const found = yield* findTermsWork(root, trie);
  return yield* selectMarksWork(found, marks);
}

/**
 * Marks the terms of one page and keeps them current. The page is read in slices; a change that can
 * touch a term leads to one rescan per animation frame and at most one per RESCAN_INTERVAL_MS, so a
 * flood of mutations costs a single rescan, never per-node work. Reads the page; never writes to it.
 */
export function startTermsSession(options: TermsSessionOptions): { flash(occurrence: TermOccurrence): void } {
  const { doc, trie, marks, signal, host, watcher } = options;
  const highlighter = createHighlighter(doc);
  let hitTest: (x: number, y: number) => TermOccurrence | null = () => null;
  let lastScan = 0;
  let scheduled = false;

  let scanning = false;
  let again = false;
  // The page's text blocks that hold a mark: a change there must be read again.
  let markedBlocks = new Set<Element>();

  const scan = async () => {
    scheduled = false;
    if (signal.aborted || doc.body === null) return;
    if (scanning) {
      again = true;
      return;
    }
    scanning = true;
    lastScan = performance.now();
    // Read in slices, so that a large page never waits long for us.
    const marked = await runInSlices(marksWork(doc.body, trie, marks), signal);
    scanning = false;
    if (marked === null || signal.aborted) return;
    markedBlocks = new Set(marked.map(blockOfOccurrence).filter((b): b is Element => b !== null));
    highlighter.show(marked);
    hitTest = createHitTester(doc, marked);
    options.onOccurrences(marked);
    if (again) {
      again = false;
      schedule();
    }
  };

  const schedule = () => {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    const wait = Math.max(0, lastScan + RESCAN_INTERVAL_MS - performance.now());
    setTimeout(() => requestAnimationFrame(() => void scan()), wait);
  };

  // A change that cannot touch a term (a clock, a counter, a list of other words) costs nothing more.
  watcher.listen((change) => mayTouchTerms(change, trie, markedBlocks) && schedule(), signal);

  let pointer: { x: number; y: number } | null = null;
  let pointerFrame = false;
  const ours = (event: Event) => host !== undefined && event.composedPath().includes(host);
  const onPointerMove = (event: PointerEvent) => {
    // Over our own UI the popover stays as it is; a finger moving on the screen is a scroll, not a hover.
    if (event.pointerType === 'touch' || ours(event)) return;
    pointer = { x: event.clientX, y: event.clientY };
    if (pointerFrame) return;
    pointerFrame = true;
    requestAnimationFrame(() => {
      pointerFrame = false;
      if (pointer !== null && !signal.aborted) options.onHover(hitTest(pointer.x, pointer.y));
    });
  };
  doc.addEventListener('pointermove', onPointerMove, { passive: true, capture: true, signal });

  // Taps are heard, never handled: every listener is passive and nothing is prevented, so the page's
  // links, buttons and scrolling work as they do without us.
  let touch: { id: number; x: number; y: number; at: number } | null = null;
  const listen = (type: 'pointerdown' | 'pointerup' | 'pointercancel', listener: (event: PointerEvent) => void) =>
    doc.addEventListener(type, listener, { passive: true, capture: true, signal });
  listen('pointerdown', (event) => {
    touch = event.pointerType === 'mouse' || !event.isPrimary ? null : { id: event.pointerId, x: event.clientX, y: event.clientY, at: event.timeStamp };
  });
  listen('pointercancel', () => (touch = null));
  listen('pointerup', (event) => {
    const start = touch;
    touch = null;
    if (start === null || start.id !== event.pointerId || event.timeStamp - start.at > TAP_MS) return;
    if (Math.hypot(event.clientX - start.x, event.clientY - start.y) > TAP_SLOP_PX || ours(event)) return;
    const onControl = event.target instanceof Element && event.target.closest(CONTROLS) !== null;
    options.onTap(onControl ? null : hitTest(event.clientX, event.clientY));
  });

  signal.addEventListener(
    'abort',
    () => highlighter.clear(),
    { once: true },
  );
  void scan();
  return { flash: (occurrence) => highlighter.flash(occurrence) };
}
