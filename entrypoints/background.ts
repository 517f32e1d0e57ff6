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

    // Alarms do not survive every restart or update: each start rebuilds them from the user's dates,
    // and shows what fell due while the browser was closed.
    const start = async () => {
      await settingsItem.load();
      const due = await syncAlerts(await journeyItem.load());
      await notifyDue(i18n, due);
    };
    browser.runtime.onStartup.addListener(() => void start());
    browser.runtime.onInstalled.addListener(() => void start());
    browser.alarms.onAlarm.addListener((alarm) => {
      if (!alarm.name.startsWith(ALARM_PREFIX)) return;
      void journeyItem.load().then(syncAlerts).then((due) => notifyDue(i18n, due));
    });
    // A tick or a new date in the popup or the options page: alarms and badge follow at once.
    journeyItem.watch((state) => void syncAlerts(state));
    browser.notifications.onClicked.addListener((id) => void browser.notifications.clear(id));
  },
});
