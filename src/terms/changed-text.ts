import type { PageChange } from '../runtime/page-watcher';
import type { TermOccurrence } from './find-terms';
import { INLINE, SKIPPED } from './page-text-index';
import { normalizeForMatch } from './normalize';
import { matchTerms, type TermTrie } from './term-trie';

/** A block longer than this is not read on its own: the whole page is read again instead. */
const MAX_BLOCK_CHARS = 4000;

/** The element whose text runs a word may span: the nearest ancestor that is not inline. */
export function blockOf(node: Node): Element | null {
  let element = node.nodeType === 1 ? (node as Element) : (node.parentElement ?? null);
  while (element !== null && INLINE.has(element.nodeName.toUpperCase())) element = element.parentElement;
  return element;
}

/** The block an occurrence stands in: as the page's reading found it, or looked up. */
export const blockOfOccurrence = (occurrence: Pick<TermOccurrence, 'startNode' | 'block'>): Element | null =>
  occurrence.block !== undefined ? occurrence.block : blockOf(occurrence.startNode);

/** Inside the head, a script, a style or another element whose text is never read. */
function inSkipped(element: Element): boolean {
  for (let e: Element | null = element; e !== null; e = e.parentElement) if (SKIPPED.has(e.nodeName.toUpperCase())) return true;
  return false;
}

/**
 * Whether a change of the page can add, move or remove a term's mark. Each changed block is read alone
 * (its text, normalized as the page's is): it matters if it holds a mark now or a term after the change,
 * or if a marked block left the page. Anything large says yes. Reads only.
 */
export function mayTouchTerms(change: Pick<PageChange, 'blocks' | 'removed' | 'address'>, trie: TermTrie, markedBlocks: ReadonlySet<Element>): boolean {
  if (change.address) return true;
  if (change.removed) for (const block of markedBlocks) if (!block.isConnected) return true;
  for (const block of change.blocks) {
    if (inSkipped(block)) continue;
    if (markedBlocks.has(block)) return true;
    const text = block.textContent ?? '';
    if (text.length > MAX_BLOCK_CHARS) return true;
    if (matchTerms(trie, normalizeForMatch(text)).length > 0) return true;
  }
  return false;
}
