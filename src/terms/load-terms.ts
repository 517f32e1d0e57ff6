import { ask } from '../messaging/protocol';
import type { Language } from '../i18n/languages';
import { buildTermTrie, type TermTrie } from './term-trie';
import type { SourceView, TermView } from './term-view';

export interface LoadedTerms {
  language: string;
  trie: TermTrie;
  byId: ReadonlyMap<string, TermView>;
  /** The sources the terms name by index. */
  sources: readonly SourceView[];
}

/**
 * The terms come from the background, which holds the knowledge data and every language's texts, so
 * the content script that runs on each page carries none of them. Asked once per page load.
 */
export async function loadTerms(language: Language): Promise<LoadedTerms | null> {
  const payload = await ask('get-terms', { language });
  if (payload === null || payload.terms.length === 0) return null;
  return {
    language: payload.language,
    trie: buildTermTrie(payload.terms.map((term) => [term.id, term.forms] as const)),
    byId: new Map(payload.terms.map((term) => [term.id, term])),
    sources: payload.sources,
  };
}
