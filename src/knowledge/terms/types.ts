/**
 * A term of the My Number system as it appears on official pages. The Japanese forms, readings and
 * sources live here; the English name and explanation live in locales/<language>/terms.json under the
 * same id, so they can be translated.
 */
export interface TermData {
  /** Stable id, kebab-case English: also the key in locales/<language>/terms.json. */
  id: string;
  /**
   * Every way the term is written on the pages: with and without の, older and newer names. Matching
   * applies Unicode NFKC and ignores ASCII case, so full-width and half-width forms need not be listed.
   */
  forms: readonly string[];
  /** Reading in hiragana. */
  reading: string;
  /** Hepburn romaji, with macrons for long vowels (kōfu, bangō). */
  romaji: string;
  /** Where the English name comes from. */
  english: EnglishSource;
  /** Ids of terms a reader should look at next. */
  related: readonly string[];
  /** Source keys in ../shared/reference/domain.md §9 for the facts in the explanation. */
  sources: readonly string[];
}

/**
 * The English name is the government's own where one was found: J-LIS first, then the Digital Agency,
 * then other ministries and municipal pages. Otherwise it is our wording, and the UI says so.
 */
export type EnglishSource =
  | { kind: 'official'; by: 'jlis' | 'digital-agency' | 'ministry' | 'municipal'; sources: readonly string[] }
  | { kind: 'ours' };
