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
}

export interface TermsPayload {
  language: string;
  terms: TermView[];
}

const OFFICIAL_BY = new Set(['jlis', 'digital-agency', 'ministry', 'municipal']);
const isString = (value: unknown): value is string => typeof value === 'string';
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);

function parseTermView(raw: unknown): TermView | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (!isString(r.id) || !/^[a-z0-9-]{1,80}$/.test(r.id)) return null;
  if (!isStrings(r.forms) || r.forms.length === 0 || !isStrings(r.related)) return null;
  if (!isString(r.reading) || !isString(r.romaji) || !isString(r.name) || !isString(r.explanation) || !isString(r.english)) return null;
  if (r.officialBy !== null && !(isString(r.officialBy) && OFFICIAL_BY.has(r.officialBy))) return null;
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
  };
}

/** The background's answer, checked entry by entry; a malformed entry is dropped, not trusted. */
export function parseTermsPayload(raw: unknown): TermsPayload | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (!isString(r.language) || !Array.isArray(r.terms)) return null;
  return { language: r.language, terms: r.terms.map(parseTermView).filter((t): t is TermView => t !== null) };
}
