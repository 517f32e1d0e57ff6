import { findTerms } from '../src/terms/find-terms';
import { createHighlighter } from '../src/terms/highlighter';
import { buildTermTrie } from '../src/terms/term-trie';

/** What the benchmark page runs: the same code the content script runs to mark a page. */
export function prepare(forms: [string, string[]][]) {
  const started = performance.now();
  const trie = buildTermTrie(forms);
  const buildMs = performance.now() - started;
  const highlighter = createHighlighter(document);
  return {
    buildMs,
    trieForms: trie.size,
    annotate() {
      const t0 = performance.now();
      const occurrences = findTerms(document.body, trie);
      const t1 = performance.now();
      highlighter.show(occurrences);
      const t2 = performance.now();
      return { findMs: t1 - t0, highlightMs: t2 - t1, totalMs: t2 - t0, occurrences: occurrences.length };
    },
  };
}
