import type { TKey, TVars } from './resources';

/** What the UI needs of a translation engine; the content script's translator and i18next both fit. */
export interface Localizer {
  readonly language: string;
  t(key: TKey, vars?: TVars): string;
  /** Calls back after the language changes; returns the unsubscribe function. */
  onChange(listener: () => void): () => void;
}
