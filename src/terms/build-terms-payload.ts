import type { TermData } from '../knowledge/terms/types';
import type { TermsPayload, TermView } from './term-view';

type TermTexts = Readonly<Record<string, { name?: string; explanation?: string } | undefined>>;

/** Joins the knowledge data with the texts of one language, falling back to English per term. */
export function buildTermsPayload(language: string, terms: readonly TermData[], texts: TermTexts, english: TermTexts): TermsPayload {
  return {
    language,
    terms: terms.map((term): TermView => {
      const text = texts[term.id]?.name ? texts[term.id]! : english[term.id] ?? {};
      return {
        id: term.id,
        forms: [...term.forms],
        reading: term.reading,
        romaji: term.romaji,
        officialBy: term.english.kind === 'official' ? term.english.by : null,
        related: [...term.related],
        name: text.name ?? term.id,
        explanation: text.explanation ?? '',
        english: english[term.id]?.name ?? text.name ?? term.id,
      };
    }),
  };
}
