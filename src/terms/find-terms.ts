import { runAtOnce, type Work } from '../runtime/slices';
import { readPageText } from './page-text-index';
import { matchTermsWork, type TermTrie } from './term-trie';

/** One place a term appears on the page, as offsets into text nodes (never wrapped or split). */
export interface TermOccurrence {
  termId: string;
  /** What the page itself says there. */
  text: string;
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
  /** Every text node the occurrence touches, first to last. */
  nodes: readonly Text[];
  /** The block it stands in (the start node's nearest ancestor that is not inline), when the page read it. */
  block?: Element | null;
}

/** Every term in the readable text under root, in document order, longest form first. Reads only. */
export function findTerms(root: Node, trie: TermTrie): TermOccurrence[] {
  return runAtOnce(findTermsWork(root, trie));
}

const OCCURRENCES_PER_STEP = 512;

/** The same, as work that can pause (see runInSlices): the page is read, searched and mapped back in steps. */
export function* findTermsWork(root: Node, trie: TermTrie): Work<TermOccurrence[]> {
  const index = yield* readPageText(root);
  const matches = yield* matchTermsWork(trie, index.text);
  const occurrences: TermOccurrence[] = [];
  for (const { termId, start, end } of matches) {
    if (occurrences.length % OCCURRENCES_PER_STEP === OCCURRENCES_PER_STEP - 1) yield;
    const first = index.locate(start);
    const last = index.locate(end - 1);
    const nodes = first.node === last.node ? [first.node] : index.nodesBetween(start, end - 1);
    let text = '';
    for (let n = 0; n < nodes.length; n += 1) {
      const data = nodes[n]!.data;
      text += data.slice(n === 0 ? first.start : 0, n === nodes.length - 1 ? last.end : data.length);
    }
    occurrences.push({ termId, text, startNode: first.node, startOffset: first.start, endNode: last.node, endOffset: last.end, nodes, block: first.block });
  }
  return occurrences;
}
