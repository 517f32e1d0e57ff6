import { browser } from 'wxt/browser';
import { readSettings, type Settings } from './settings-data';

/** Where the settings are kept: storage.local's `settings` key (its version beside it, in `settings$`). */
const KEY = 'settings';

/**
 * The settings for a context that only shows them, the official pages: read straight from storage.local
 * and read field by field, never written. Every migration so far only adds fields with their defaults,
 * which is what reading older data field by field gives too. Changes go through the background.
 */
export async function readStoredSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY).catch(() => ({}) as Record<string, unknown>);
  return readSettings(stored[KEY]).value;
}

/** Calls back with the settings, read the same way, whenever another context changes them. */
export function watchStoredSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) onChange(readSettings(changes[KEY]!.newValue).value);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
