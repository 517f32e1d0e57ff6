import { storage } from 'wxt/utils/storage';

/** What the user has chosen. Only choices live here: never anything read from a page. */
export interface Settings {
  /** Show the banner and on-page help on official pages. */
  showOnPages: boolean;
  /** Mark the My Number terms on official pages and explain them. */
  terms: boolean;
  /** Mark every occurrence of a term, or only its first on each page. */
  termMarks: 'all' | 'first';
}

export const DEFAULT_SETTINGS: Readonly<Settings> = { showOnPages: true, terms: true, termMarks: 'all' };

/**
 * Reads stored settings field by field: a missing, mistyped or unknown field falls back to its default,
 * so bad data can never stop the extension from starting.
 */
export function parseSettings(raw: unknown): Settings {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    showOnPages: typeof record.showOnPages === 'boolean' ? record.showOnPages : DEFAULT_SETTINGS.showOnPages,
    terms: typeof record.terms === 'boolean' ? record.terms : DEFAULT_SETTINGS.terms,
    termMarks: record.termMarks === 'all' || record.termMarks === 'first' ? record.termMarks : DEFAULT_SETTINGS.termMarks,
  };
}

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...patch };
  await settingsItem.setValue(next);
  return next;
}

/** Calls back with the parsed settings whenever they change in any context. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(parseSettings(value)));
}
