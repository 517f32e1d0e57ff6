import { interpolate } from '../i18n/translate';
import { citationsOf, type Citation } from '../knowledge/sources/cite';
import type { TermData } from '../knowledge/terms/types';
import type { TermsPayload, TermView } from './term-view';

type TermTexts = Readonly<Record<string, { name?: string; explanation?: string } | undefined>>;

/**
 * Joins the knowledge data with the texts of one language, falling back to English per term. Numbers
 * are written in the language's format; the sources are sent once, each term naming its own by index.
 */
export function buildTermsPayload(language: string, terms: readonly TermData[], texts: TermTexts, english: TermTexts): TermsPayload {
  const sources: Citation[] = [];
  const indexOf = new Map<string, number>();
  const sourcesOf = (term: TermData): number[] =>
    citationsOf([...term.sources, ...(term.english.kind === 'official' ? term.english.sources : [])]).map((citation) => {
      let index = indexOf.get(citation.publisher);
      if (index === undefined) {
        index = sources.push(citation) - 1;
        indexOf.set(citation.publisher, index);
      }
      return index;
    });
  const view = terms.map((term): TermView => {
    const text = texts[term.id]?.name ? texts[term.id]! : english[term.id] ?? {};
    return {
      id: term.id,
      forms: [...term.forms],
      reading: term.reading,
      romaji: term.romaji,
      officialBy: term.english.kind === 'official' ? term.english.by : null,
      related: [...term.related],
      name: text.name ?? term.id,
      explanation: interpolate(text.explanation ?? '', undefined, language),
      english: english[term.id]?.name ?? text.name ?? term.id,
      sources: sourcesOf(term),
    };
  });
  return { language, terms: view, sources };
}
