import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import common from '../locales/en/common.json';
import sites from '../locales/en/sites.json';
import { createTranslator } from '../src/i18n/translate';
import { parseMessage } from '../src/messaging/messages';
import { handlePageStatus } from '../src/messaging/page-status';

export default defineBackground({
  // An event page in Firefox, a service worker in Chrome: nothing stays in memory between events.
  persistent: false,
  main() {
    const i18n = createTranslator('en', { common, sites });
    browser.runtime.onMessage.addListener((raw, sender) => {
      // Only our own content scripts speak to us, and only in shapes we know.
      if (sender.id !== browser.runtime.id) return undefined;
      const message = parseMessage(raw);
      if (message?.type === 'page-status' && sender.tab?.id !== undefined) {
        return handlePageStatus(i18n, sender.tab.id, message.match);
      }
      return undefined;
    });
  },
});
