import type { PageLocalizer } from '../i18n/create-i18n';
import { applyLanguage } from '../i18n/page-language';
import type { Namespace } from '../i18n/resources';
import { settingsItem, watchSettings } from '../storage/settings';

/**
 * Opens one of our pages (options, counter) in the user's language, then draws it; a new choice made
 * here or in the popup switches it. Unreadable settings open it in the browser's language.
 */
export function openInUserLanguage(i18n: PageLocalizer, namespaces: readonly Namespace[], show: () => void): void {
  void settingsItem
    .peek()
    .then((settings) => applyLanguage(i18n, namespaces, settings.language))
    .catch(() => undefined)
    .then(show);
  watchSettings((settings) => void applyLanguage(i18n, namespaces, settings.language));
}
