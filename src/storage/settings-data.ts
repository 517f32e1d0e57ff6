/** The settings' shape, defaults and reading, with no storage behind them: safe for every context. */
import type { DataProblem, ReadResult } from '../journey/journey-state';
import { isLanguage, type Language } from '../i18n/languages';
import { isRecord } from '../util/guards';

/** What the user has chosen. Only choices live here: never anything read from a page. */
export interface Settings {
  /** Show the banner and on-page help on official pages. */
  showOnPages: boolean;
  /** Mark the My Number terms on official pages and explain them. */
  terms: boolean;
  /** Mark every occurrence of a term, or only its first on each page. */
  termMarks: 'all' | 'first';
  /** Page reminders the user has hidden, as `site/page/reminder`. */
  hiddenReminders: readonly string[];
  /** The language the user chose; null follows the browser. */
  language: Language | null;
  /** The one-time question to a Japanese browser's user has been answered. */
  languageAsked: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  showOnPages: true,
  terms: true,
  termMarks: 'all',
  hiddenReminders: [],
  language: null,
  languageAsked: false,
};

export const SETTINGS_VERSION = 3;
export const MAX_HIDDEN = 500;
export const REMINDER_KEY = /^[a-z0-9-]{1,40}\/[a-z0-9-]{1,64}\/[a-z0-9-]{1,64}$/;


/** Version 2 added hidden page reminders; version 3 the language, following the browser until chosen. */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  2: (old) => (isRecord(old) ? { ...old, hiddenReminders: [] } : old),
  3: (old) => (isRecord(old) ? { ...old, language: null, languageAsked: false } : old),
};

/**
 * Reads stored settings field by field: a missing, mistyped or unknown field falls back to its default,
 * so bad data can never stop the extension from starting. What was wrong is reported.
 */
export function readSettings(raw: unknown): ReadResult<Settings> {
  if (raw === null || raw === undefined) return { value: DEFAULT_SETTINGS, problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { value: DEFAULT_SETTINGS, problems: [{ path: '', code: 'wrong-type' }] };
  const record = raw as Record<string, unknown>;
  const problems: DataProblem[] = [];
  const flag = (key: 'showOnPages' | 'terms') => {
    if (record[key] === undefined) return DEFAULT_SETTINGS[key];
    if (typeof record[key] === 'boolean') return record[key];
    problems.push({ path: key, code: 'wrong-type' });
    return DEFAULT_SETTINGS[key];
  };
  let termMarks = DEFAULT_SETTINGS.termMarks;
  if (record.termMarks === 'all' || record.termMarks === 'first') termMarks = record.termMarks;
  else if (record.termMarks !== undefined) problems.push({ path: 'termMarks', code: 'unknown-value' });
  let hiddenReminders: string[] = [];
  if (Array.isArray(record.hiddenReminders)) {
    hiddenReminders = record.hiddenReminders.filter((key): key is string => typeof key === 'string' && REMINDER_KEY.test(key)).slice(0, MAX_HIDDEN);
    if (hiddenReminders.length !== record.hiddenReminders.length) problems.push({ path: 'hiddenReminders', code: 'unknown-value' });
  } else if (record.hiddenReminders !== undefined) problems.push({ path: 'hiddenReminders', code: 'wrong-type' });
  let language: Language | null = null;
  if (isLanguage(record.language)) language = record.language;
  else if (record.language !== undefined && record.language !== null) problems.push({ path: 'language', code: 'unknown-value' });
  let languageAsked = false;
  if (typeof record.languageAsked === 'boolean') languageAsked = record.languageAsked;
  else if (record.languageAsked !== undefined) problems.push({ path: 'languageAsked', code: 'wrong-type' });
  for (const key of Object.keys(record)) {
    if (!['showOnPages', 'terms', 'termMarks', 'hiddenReminders', 'language', 'languageAsked'].includes(key)) {
      problems.push({ path: key, code: 'unknown-field' });
    }
  }
  return { value: { showOnPages: flag('showOnPages'), terms: flag('terms'), termMarks, hiddenReminders, language, languageAsked }, problems };
}

export const parseSettings = (raw: unknown): Settings => readSettings(raw).value;
