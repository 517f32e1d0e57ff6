import { browser } from 'wxt/browser';
import type { GetTermsMessage } from '../messaging/messages';
import type { Language } from '../i18n/languages';
import { buildTermTrie, type TermTrie } from './term-trie';
import { parseTermsPayload, type SourceView, type TermView } from './term-view';

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
  const request: GetTermsMessage = { type: 'get-terms', language };
  const payload = parseTermsPayload(await browser.runtime.sendMessage(request).catch(() => null));
  if (payload === null || payload.terms.length === 0) return null;
  return {
    language: payload.language,
    trie: buildTermTrie(payload.terms.map((term) => [term.id, term.forms] as const)),
    byId: new Map(payload.terms.map((term) => [term.id, term])),
    sources: payload.sources,
  };
}
