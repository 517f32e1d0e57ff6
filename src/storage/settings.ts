import { defineVersionedItem } from './versioned-item';
import { DEFAULT_SETTINGS, readSettings, SETTINGS_MIGRATIONS, SETTINGS_VERSION, type Settings } from './settings-data';

export * from './settings-data';

export const settingsItem = defineVersionedItem<Settings>({
  key: 'local:settings',
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
  fallback: DEFAULT_SETTINGS,
  read: readSettings,
});

/** For pages that only read: nothing is written. */
export const loadSettings = (): Promise<Settings> => settingsItem.peek();

export function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  return settingsItem.update((current) => ({ ...current, ...patch }));
}

/** Calls back with the parsed settings whenever they change in any context. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch(onChange);
}

/** Hides one page reminder, or shows a page's hidden reminders again, on the stored list as it is now. */
export function setRemindersHidden(keys: readonly string[], hidden: boolean): Promise<Settings> {
  return settingsItem.update((current) => {
    const rest = current.hiddenReminders.filter((key) => !keys.includes(key));
    return { ...current, hiddenReminders: hidden ? [...rest, ...keys] : rest };
  });
}
