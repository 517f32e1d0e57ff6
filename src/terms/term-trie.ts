import { runAtOnce, type Work } from '../runtime/slices';
import { normalizeForMatch } from './normalize';

interface TrieNode {
  /** Children by UTF-16 code unit. */
  next: Map<number, TrieNode>;
  termId?: string;
}

export interface TermTrie {
  root: TrieNode;
  /** Number of forms in the trie. */
  size: number;
}

/** Builds a character trie of every form of every term, normalized as page text is. */
export function buildTermTrie(forms: Iterable<readonly [termId: string, forms: readonly string[]]>): TermTrie {
  const root: TrieNode = { next: new Map() };
  let size = 0;
  for (const [termId, termForms] of forms) {
    for (const form of termForms) {
      const key = normalizeForMatch(form);
      if (key === '') continue;
      let node = root;
      for (let i = 0; i < key.length; i += 1) {
        const code = key.charCodeAt(i);
        let child = node.next.get(code);
        if (child === undefined) {
          child = { next: new Map() };
          node.next.set(code, child);
        }
        node = child;
      }
      node.termId = termId;
      size += 1;
    }
  }
  return { root, size };
}

export interface TextMatch {
  termId: string;
  /** Index of the first character in the searched string. */
  start: number;
  /** Index after the last character. */
  end: number;
}

/**
 * Every term in the text, left to right, taking the longest form at each position (個人番号カード
 * rather than 個人番号) and never two that overlap.
 */
export function matchTerms(trie: TermTrie, text: string): TextMatch[] {
  return runAtOnce(matchTermsWork(trie, text));
}

/** Characters searched between two points where the work may pause. */
const CHARS_PER_STEP = 4096;

/** The same, as work that can pause every few thousand characters (see runInSlices). */
export function* matchTermsWork(trie: TermTrie, text: string): Work<TextMatch[]> {
  const matches: TextMatch[] = [];
  const { root } = trie;
  const length = text.length;
  let i = 0;
  let nextStep = CHARS_PER_STEP;
  while (i < length) {
    if (i >= nextStep) {
      nextStep = i + CHARS_PER_STEP;
      yield;
    }
    let node = root.next.get(text.charCodeAt(i));
    if (node === undefined) {
      i += 1;
      continue;
    }
    let bestEnd = -1;
    let bestId = '';
    let j = i;
    while (node !== undefined) {
      if (node.termId !== undefined) {
        bestEnd = j + 1;
        bestId = node.termId;
      }
      j += 1;
      if (j >= length) break;
      node = node.next.get(text.charCodeAt(j));
    }
    if (bestEnd > 0) {
      matches.push({ termId: bestId, start: i, end: bestEnd });
      i = bestEnd;
    } else {
      i += 1;
    }
  }
  return matches;
}
