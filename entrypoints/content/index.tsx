import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import common from '../../locales/en/common.json';
import overlay from '../../locales/en/overlay.json';
import sites from '../../locales/en/sites.json';
import { createTranslator } from '../../src/i18n/translate';
import { parseMessage, type PageStatusMessage } from '../../src/messaging/messages';
import { createOverlayController } from '../../src/overlay/overlay-controller';
import { TOGGLE_TERMS_PANEL } from '../../src/overlay/OverlayRoot';
import { createShadowSurface } from '../../src/overlay/shadow-surface';
import { detectPage } from '../../src/sites/detect-page';
import { officialMatchPatterns } from '../../src/sites/official-hosts';
import type { PageMatch } from '../../src/sites/types';
import { watchNavigation } from '../../src/sites/watch-navigation';
import { loadSettings, watchSettings } from '../../src/storage/settings';
import { createSettingsStore } from '../../src/storage/settings-store';
import { loadTerms, type LoadedTerms } from '../../src/terms/load-terms';
import { loadTexts } from '../../src/i18n/load-texts';
import { loadPageJourney, setStepFromPage } from '../../src/journey/page-journey';

export default defineContentScript({
  matches: officialMatchPatterns(),
  // Top frame only: the official pages are top-level documents, and one UI per tab is all a user needs.
  allFrames: false,
  cssInjectionMode: 'manual',
  async main(ctx) {
    const i18n = createTranslator('en', { common, sites, overlay });
    const settings = createSettingsStore(await loadSettings());
    // The field guides' texts are loaded from the background, so the script on every page does not carry them.
    const fieldTexts = loadTexts('fields').then((tree) => {
      if (tree) i18n.addNamespace('fields', tree);
      return tree !== null;
    });
    let terms: Promise<LoadedTerms | null> | undefined;
    const events = new EventTarget();
    const pageJourney = (match: PageMatch) =>
      loadPageJourney(match).then((reply) => {
        if (reply) i18n.addNamespace('reminders', reply.texts);
        return reply;
      });
    const surface = createShadowSurface(ctx, {
      i18n,
      settings,
      terms: () => (terms ??= loadTerms()),
      fieldTexts,
      events,
      pageJourney,
      setStep: setStepFromPage,
    });
    const controller = createOverlayController(surface, { enabled: settings.get().showOnPages });

    let current: PageMatch | null = null;
    // The popup asks which page this is: we have read the page, so we can tell pages the URL cannot.
    const answer = (raw: unknown): Promise<PageStatusMessage> | undefined => {
      const message = parseMessage(raw);
      if (message?.type === 'toggle-terms-panel') events.dispatchEvent(new Event(TOGGLE_TERMS_PANEL));
      return message?.type === 'get-page' ? Promise.resolve({ type: 'page-status', match: current }) : undefined;
    };
    browser.runtime.onMessage.addListener(answer);

    let reported: string | undefined;
    const report = (match: PageMatch | null) => {
      const key = JSON.stringify(match);
      if (key === reported) return;
      reported = key;
      const status: PageStatusMessage = { type: 'page-status', match };
      void browser.runtime.sendMessage(status).catch(() => undefined);
    };

    const check = () => {
      const match = detectPage(location.href, document);
      current = match;
      report(match);
      controller.show(match);
    };
    check();
    watchNavigation(check, ctx.signal);
    const unwatch = watchSettings((next) => {
      settings.set(next);
      controller.setEnabled(next.showOnPages);
    });
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(answer);
      unwatch();
      controller.destroy();
    });
  },
});
