import { runAtOnce, type Work } from '../runtime/slices';
import { isCombiningKanaMark, normalizeChar, STABLE_TEXT } from './normalize';

/** Elements whose text is not the page's prose, or is not ours to read. */
export const SKIPPED: ReadonlySet<string> = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'IFRAME', 'OBJECT', 'SVG', 'MATH', 'CANVAS', 'RT', 'RP', 'HEAD', 'TITLE', 'MYNA-GUIDE',
]);

/** Inline elements: a word may run across them (<span>個人</span>番号); any other element ends a run. */
export const INLINE: ReadonlySet<string> = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'INS', 'DEL',
  'KBD', 'LABEL', 'MARK', 'Q', 'RUBY', 'RB', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME',
  'TT', 'U', 'VAR', 'NOBR',
]);

/** Marks the end of a run in the searched text; never part of a term. */
export const RUN_BREAK = '\u0000';

/** Where one character of the searched text came from. */
export interface SourcePosition {
  node: Text;
  /** The element whose text runs the node belongs to: its nearest ancestor that is not inline. */
  block: Element | null;
  /** First and after-last UTF-16 offset in the node. */
  start: number;
  end: number;
}

/**
 * The page's readable text as one normalized string, and the way back from any character of it to the
 * text node and offsets it came from. Reads the DOM only.
 */
export interface PageTextIndex {
  text: string;
  locate(index: number): SourcePosition;
  /** The text nodes from the one holding character `from` to the one holding `to`, in order. */
  nodesBetween(from: number, to: number): Text[];
}

/** Normalization changes nothing in most Japanese text: such a node maps one to one. */
const NEEDS_WORK = /\s|[A-Z]|\u3099|\u309a/;

function isSkipped(element: Element): boolean {
  if (SKIPPED.has(element.nodeName.toUpperCase())) return true;
  if (element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** A text node's normalized text, with per-character offsets back into it. */
function normalizeNode(data: string): { text: string; start: Int32Array; end: Int32Array } {
  const chars: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  for (let offset = 0; offset < data.length; ) {
    const code = data.charCodeAt(offset);
    const width = code >= 0xd800 && code <= 0xdbff && offset + 1 < data.length ? 2 : 1;
    const normalized = normalizeChar(data.slice(offset, offset + width));
    for (let k = 0; k < normalized.length; k += 1) {
      const char = normalized[k]!;
      if (isCombiningKanaMark(char) && chars.length > 0) {
        const composed = (chars[chars.length - 1]! + char).normalize('NFC');
        if (composed.length === 1) {
          chars[chars.length - 1] = composed;
          end[end.length - 1] = offset + width;
          continue;
        }
      }
      chars.push(char);
      start.push(offset);
      end.push(offset + width);
    }
    offset += width;
  }
  return { text: chars.join(''), start: Int32Array.from(start), end: Int32Array.from(end) };
}

/** Nodes read between two points where the work may pause. */
const NODES_PER_STEP = 256;
const BLANK = /^\s*$/;

/** Builds the index of every readable text node under root, in document order, in one go. */
export function indexPageText(root: Node): PageTextIndex {
  return runAtOnce(readPageText(root));
}

/**
 * The same, as work that can pause every few hundred nodes (see runInSlices). The walker shows text
 * nodes only and runs no script per node; whether a node is inside a skipped element is looked up per
 * parent element, each element checked once.
 */
export function* readPageText(root: Node): Work<PageTextIndex> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const rootElement = root.nodeType === 1 ? (root as Element) : null;
  const skipped = new Map<Element, boolean>();
  const isInSkipped = (element: Element | null): boolean => {
    if (element === null) return false;
    const known = skipped.get(element);
    if (known !== undefined) return known;
    // The root itself is read whatever it is, as are the elements around it: only what is inside counts.
    const value = element !== rootElement && (isSkipped(element) || isInSkipped(element.parentElement));
    skipped.set(element, value);
    return value;
  };

  const parts: string[] = [];
  let length = 0;
  // One segment per text node: where its text starts in the searched string, and its offsets when
  // normalization changed it (null when it maps one to one).
  const segmentNode: Text[] = [];
  const segmentBlock: (Element | null)[] = [];
  const segmentStart: number[] = [];
  const segmentMap: ({ start: Int32Array; end: Int32Array } | null)[] = [];
  const runOf = new Map<Element, Element | null>();
  let lastRun: Element | null | undefined;
  let endsWithBreak = true;
  let sinceStep = 0;

  for (let current = walker.nextNode(); current !== null; current = walker.nextNode()) {
    if (++sinceStep === NODES_PER_STEP) {
      sinceStep = 0;
      yield;
    }
    const node = current as Text;
    const data = node.data;
    if (data.length === 0) continue;
    const parent = node.parentElement;
    if (isInSkipped(parent)) continue;
    let run: Element | null = null;
    if (parent !== null) {
      let cached = runOf.get(parent);
      if (cached === undefined) {
        let element: Element | null = parent;
        while (element !== null && INLINE.has(element.nodeName.toUpperCase())) element = element.parentElement;
        cached = element;
        runOf.set(parent, cached);
      }
      run = cached;
    }
    if (run !== lastRun && !endsWithBreak) {
      parts.push(RUN_BREAK);
      length += 1;
      endsWithBreak = true;
    }
    lastRun = run;
    // White space between elements normalizes to nothing.
    if (BLANK.test(data)) continue;

    let text: string;
    let map: { start: Int32Array; end: Int32Array } | null = null;
    if (STABLE_TEXT.test(data) || (!NEEDS_WORK.test(data) && data.normalize('NFKC') === data)) {
      text = data;
    } else {
      const normalized = normalizeNode(data);
      text = normalized.text;
      map = { start: normalized.start, end: normalized.end };
    }
    if (text.length === 0) continue;
    segmentNode.push(node);
    segmentBlock.push(run);
    segmentStart.push(length);
    segmentMap.push(map);
    parts.push(text);
    length += text.length;
    endsWithBreak = false;
  }

  const segmentOf = (index: number): number => {
    let low = 0;
    let high = segmentStart.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (segmentStart[middle]! <= index) low = middle;
      else high = middle - 1;
    }
    return low;
  };

  return {
    text: parts.join(''),
    locate(index) {
      const segment = segmentOf(index);
      const local = index - segmentStart[segment]!;
      const map = segmentMap[segment];
      const node = segmentNode[segment]!;
      const block = segmentBlock[segment]!;
      return map === null ? { node, block, start: local, end: local + 1 } : { node, block, start: map!.start[local]!, end: map!.end[local]! };
    },
    nodesBetween(from, to) {
      return segmentNode.slice(segmentOf(from), segmentOf(to) + 1);
    },
  };
}
