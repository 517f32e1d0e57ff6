import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ALARM_PREFIX, notifyDue, syncAlerts } from '../src/alerts/alert-sync';
import { resolveLanguage } from '../src/i18n/languages';
import { completeResources } from '../src/i18n/complete-resources';
import { englishResources } from '../src/i18n/resources';
import { createTranslator } from '../src/i18n/translate';
import { handleCommand, handleRuntimeMessage } from '../src/messaging/background-handlers';
import { journeyItem } from '../src/storage/journey-store';
import { settingsItem, type Settings } from '../src/storage/settings';

/** What the background writes itself: the toolbar button's title and the notifications. */
const NAMESPACES = ['common', 'sites', 'journey'] as const;

export default defineBackground({
  // An event page in Firefox, a service worker in Chrome: nothing stays in memory between events.
  persistent: false,
  main() {
    const { common, sites, journey } = englishResources;
    const i18n = createTranslator('en', { common, sites, journey });
    let latest = 0;
    const useLanguage = async (settings: Settings) => {
      const language = resolveLanguage(settings.language, navigator.languages);
      const request = ++latest;
      const resources = await completeResources(language, NAMESPACES);
      // Only the last of several quick changes applies.
      if (request === latest && language !== i18n.language) i18n.setLanguage(language, resources);
    };
    // Each wake of the background reads the user's language before it writes anything.
    const ready = settingsItem
      .peek()
      .then(useLanguage)
      .catch(() => undefined);
    settingsItem.watch((settings) => void useLanguage(settings));

    browser.runtime.onMessage.addListener((raw, sender) => handleRuntimeMessage(i18n, raw, sender, ready));
    // Firefox for Android has no keyboard shortcuts (no commands API): there the panel opens from the banner.
    browser.commands?.onCommand.addListener((command) => void handleCommand(command));

    // One sync at a time, each on the journey as it is when it runs: an older sync finishing late can
    // never undo a newer one's alarms or badge.
    let syncing: Promise<unknown> = Promise.resolve();
    const sync = (notify: boolean) => {
      syncing = syncing
        .then(async () => {
          const due = await syncAlerts(await journeyItem.load());
          if (notify) await ready.then(() => notifyDue(i18n, due));
        })
        .catch(() => undefined);
    };
    // Alarms do not survive every restart or update: each start rebuilds them from the user's dates,
    // and shows what fell due while the browser was closed.
    const start = () => {
      void settingsItem.load().catch(() => undefined);
      sync(true);
    };
    browser.runtime.onStartup.addListener(start);
    browser.runtime.onInstalled.addListener(start);
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name.startsWith(ALARM_PREFIX)) sync(true);
    });
    // A tick or a new date in the popup or the options page: alarms and badge follow at once.
    journeyItem.watch(() => sync(false));
    browser.notifications.onClicked.addListener((id) => void browser.notifications.clear(id));
  },
});
