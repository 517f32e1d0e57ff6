import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import common from '../locales/en/common.json';
import journey from '../locales/en/journey.json';
import sites from '../locales/en/sites.json';
import { ALARM_PREFIX, notifyDue, syncAlerts } from '../src/alerts/alert-sync';
import { createTranslator } from '../src/i18n/translate';
import { handleCommand, handleRuntimeMessage } from '../src/messaging/background-handlers';
import { journeyItem } from '../src/storage/journey-store';
import { settingsItem } from '../src/storage/settings';

export default defineBackground({
  // An event page in Firefox, a service worker in Chrome: nothing stays in memory between events.
  persistent: false,
  main() {
    const i18n = createTranslator('en', { common, sites, journey });
    browser.runtime.onMessage.addListener((raw, sender) => handleRuntimeMessage(i18n, raw, sender));
    browser.commands.onCommand.addListener((command) => void handleCommand(command));

    // One sync at a time, each on the journey as it is when it runs: an older sync finishing late can
    // never undo a newer one's alarms or badge.
    let syncing: Promise<unknown> = Promise.resolve();
    const sync = (notify: boolean) => {
      syncing = syncing
        .then(async () => {
          const due = await syncAlerts(await journeyItem.load());
          if (notify) await notifyDue(i18n, due);
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
