import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import common from '../locales/en/common.json';
import sites from '../locales/en/sites.json';
import { createTranslator } from '../src/i18n/translate';
import { handleCommand, handleRuntimeMessage } from '../src/messaging/background-handlers';

export default defineBackground({
  // An event page in Firefox, a service worker in Chrome: nothing stays in memory between events.
  persistent: false,
  main() {
    const i18n = createTranslator('en', { common, sites });
    browser.runtime.onMessage.addListener((raw, sender) => handleRuntimeMessage(i18n, raw, sender));
    browser.commands.onCommand.addListener((command) => void handleCommand(command));
  },
});
