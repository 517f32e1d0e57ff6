/** A term as the on-page UI needs it: data and text in the user's language, sent by the background. */
export interface TermView {
  id: string;
  forms: string[];
  reading: string;
  romaji: string;
  /** Who gave the English name, or null where it is our own wording. */
  officialBy: 'jlis' | 'digital-agency' | 'ministry' | 'municipal' | null;
  related: string[];
  name: string;
  explanation: string;
  /** The English name, shown beside a translated one where it is official. */
  english: string;
  /** Where its facts come from: indexes into the payload's `sources`. */
  sources: number[];
}

/** A source as the popover names it: the publisher, its kind and the day it was checked. */
export interface SourceView {
  publisher: string;
  kind: 'official' | 'municipal' | 'secondary';
  checked: string;
  url: string | null;
}

export interface TermsPayload {
  language: string;
  terms: TermView[];
  sources: SourceView[];
}

const OFFICIAL_BY = new Set(['jlis', 'digital-agency', 'ministry', 'municipal']);
const isString = (value: unknown): value is string => typeof value === 'string';
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);

const KINDS = new Set(['official', 'municipal', 'secondary']);

function parseSourceView(raw: unknown): SourceView | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (!isString(r.publisher) || !isString(r.kind) || !KINDS.has(r.kind) || !isString(r.checked) || !/^\d{4}-\d{2}(-\d{2})?$/.test(r.checked)) return null;
  if (r.url !== null && !(isString(r.url) && /^https?:\/\//.test(r.url))) return null;
  return { publisher: r.publisher, kind: r.kind as SourceView['kind'], checked: r.checked, url: r.url };
}

function parseTermView(raw: unknown, sourceCount: number): TermView | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (!isString(r.id) || !/^[a-z0-9-]{1,80}$/.test(r.id)) return null;
  if (!isStrings(r.forms) || r.forms.length === 0 || !isStrings(r.related)) return null;
  if (!isString(r.reading) || !isString(r.romaji) || !isString(r.name) || !isString(r.explanation) || !isString(r.english)) return null;
  if (r.officialBy !== null && !(isString(r.officialBy) && OFFICIAL_BY.has(r.officialBy))) return null;
  const sources = Array.isArray(r.sources) ? r.sources.filter((i): i is number => Number.isInteger(i) && (i as number) >= 0 && (i as number) < sourceCount) : [];
  return {
    id: r.id,
    forms: r.forms,
    reading: r.reading,
    romaji: r.romaji,
    officialBy: r.officialBy as TermView['officialBy'],
    related: r.related,
    name: r.name,
    explanation: r.explanation,
    english: r.english,
    sources,
  };
}

/** The background's answer, checked entry by entry; a malformed entry is dropped, not trusted. */
export function parseTermsPayload(raw: unknown): TermsPayload | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (!isString(r.language) || !Array.isArray(r.terms)) return null;
  // A source that cannot be read leaves its place empty, so the terms' indexes still point right.
  const sources = Array.isArray(r.sources) ? r.sources.map(parseSourceView) : [];
  const terms = r.terms.map((term) => parseTermView(term, sources.length)).filter((t): t is TermView => t !== null);
  for (const term of terms) term.sources = term.sources.filter((i) => sources[i] !== null);
  return { language: r.language, terms, sources: sources.map((source) => source ?? { publisher: '', kind: 'secondary', checked: '1900-01', url: null }) };
}
