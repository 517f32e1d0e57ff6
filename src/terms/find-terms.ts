import { indexPageText } from './page-text-index';
import { matchTerms, type TermTrie } from './term-trie';

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
}

/** Every term in the readable text under root, in document order, longest form first. Reads only. */
export function findTerms(root: Node, trie: TermTrie): TermOccurrence[] {
  const index = indexPageText(root);
  return matchTerms(trie, index.text).map(({ termId, start, end }) => {
    const first = index.locate(start);
    const last = index.locate(end - 1);
    const nodes = first.node === last.node ? [first.node] : index.nodesBetween(start, end - 1);
    let text = '';
    nodes.forEach((node, n) => {
      text += node.data.slice(n === 0 ? first.start : 0, n === nodes.length - 1 ? last.end : node.data.length);
    });
    return { termId, text, startNode: first.node, startOffset: first.start, endNode: last.node, endOffset: last.end, nodes };
  });
}
