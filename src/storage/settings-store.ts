import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from './settings-data';

/** The current settings for one context, with change notification, for UI that follows them live. */
export interface SettingsStore {
  get(): Settings;
  subscribe(listener: (settings: Settings) => void): () => void;
  set(settings: Settings): void;
}

export function createSettingsStore(initial: Settings = DEFAULT_SETTINGS): SettingsStore {
  let current = initial;
  const listeners = new Set<(settings: Settings) => void>();
  return {
    get: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(settings) {
      current = settings;
      for (const listener of listeners) listener(settings);
    },
  };
}

export function useSettings(store: SettingsStore): Settings {
  const [settings, setSettings] = useState(store.get());
  useEffect(() => store.subscribe(setSettings), [store]);
  return settings;
}
