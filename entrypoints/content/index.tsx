import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { resolveLanguage, type Language } from '../../src/i18n/languages';
import { loadTexts } from '../../src/i18n/load-texts';
import { createTranslator } from '../../src/i18n/translate';
import { loadPageJourney, setStepFromPage } from '../../src/journey/page-journey';
import { ask, PAGE_NAMESPACES, parseRequest, TO_TAB, type RemindersReply } from '../../src/messaging/protocol';
import { createOverlayController } from '../../src/overlay/overlay-controller';
import { createPageWatcher } from '../../src/runtime/page-watcher';
import { TOGGLE_TERMS_PANEL } from '../../src/features/feature';
import { createShadowSurface, type OverlayServices } from '../../src/overlay/shadow-surface';
import { detectPage } from '../../src/sites/detect-page';
import { officialMatchPatterns } from '../../src/sites/official-hosts';
import { untilPage } from '../../src/sites/until-page';
import type { PageMatch } from '../../src/sites/types';
import type { Settings } from '../../src/storage/settings-data';
import { readStoredSettings as loadSettings, watchStoredSettings as watchSettings } from '../../src/storage/settings-reader';
import { createSettingsStore } from '../../src/storage/settings-store';
import { loadTerms, type LoadedTerms } from '../../src/terms/load-terms';

/** The texts of everything shown on a page, asked for in one message. */
const ALL = [...PAGE_NAMESPACES];
const pageKey = (match: PageMatch) => `${match.site}/${match.page}`;
const RETRIES = 3;
const RETRY_MS = 300;

export default defineContentScript({
  matches: officialMatchPatterns(),
  // Top frame only: the official pages are top-level documents, and one UI per tab is all a user needs.
  allFrames: false,
  // As soon as the document is parsed, not when the browser next finds the page idle (which, on a long
  // page, is after its first layouts and load): the banner is there when the user starts to read.
  runAt: 'document_end',
  cssInjectionMode: 'manual',
  async main(ctx) {
    // The page's one observer: every feature hears from it what changed.
    const watcher = createPageWatcher(window, ctx.signal);
    // Most pages of a ministry host are not about the card: until this one is, nothing is loaded.
    if (!(await untilPage(() => detectPage(location.href, document), watcher, ctx.signal))) return;
    // This page's reminders are asked for at once, beside the texts, so that the banner is first drawn
    // with them in it and never grows under the reader.
    const firstMatch = detectPage(location.href, document);
    let ahead: { key: string; reply: Promise<RemindersReply | null> } | null =
      firstMatch === null ? null : { key: pageKey(firstMatch), reply: loadPageJourney(firstMatch) };
    // The texts are asked for beside the settings, in the language the background reads from them: one
    // round trip before the banner, not two.
    const firstTexts = loadTexts(ALL, null);
    const settings = createSettingsStore(await loadSettings());
    // Settings changed while the texts load are not lost: the watcher is there from the start.
    let onSettings: (next: Settings) => void = (next) => settings.set(next);
    const unwatch = watchSettings((next) => onSettings(next));
    ctx.onInvalidated(unwatch);
    let language: Language = resolveLanguage(settings.get().language, navigator.languages);
    // Only the chosen language's texts come here, from the background: this script carries none. One
    // message brings them all; it is sent again in the language named should the settings have changed
    // in between, and at browser start, when the background may not answer at once, a few more times.
    let reply = await firstTexts;
    if (reply !== null && reply.language !== language) reply = await loadTexts(ALL, language);
    for (let attempt = 1; reply === null && attempt <= RETRIES && !ctx.isInvalid; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS * attempt));
      language = resolveLanguage(settings.get().language, navigator.languages);
      reply = await loadTexts(ALL, language);
    }
    if (reply === null || ctx.isInvalid) return;
    const { texts } = reply;
    // The background sends every key, English where a language lacks one: no fallback is kept here,
    // so a switch never shows the first language's words.
    const i18n = createTranslator(language, texts, {});

    // The terms are loaded on first use, once per language; a switch of language starts afresh.
    const termsFor = (lng: Language) => {
      let terms: Promise<LoadedTerms | null> | undefined;
      return () => (terms ??= loadTerms(lng));
    };
    let loadedTerms = termsFor(language);
    const events = new EventTarget();
    const services: OverlayServices = {
      i18n,
      settings,
      terms: () => loadedTerms(),
      events,
      watcher,
      // The first page's reminders were asked for with the texts; asked again if the background was not up yet.
      pageJourney: (match: PageMatch) => {
        const reply = ahead?.key === pageKey(match) ? ahead.reply.then((value) => value ?? loadPageJourney(match)) : loadPageJourney(match);
        ahead = null;
        return reply;
      },
      setStep: setStepFromPage,
    };
    const surface = createShadowSurface(ctx, services);
    const controller = createOverlayController(surface, { enabled: settings.get().showOnPages });

    let current: PageMatch | null = null;
    // The popup asks which page this is: we have read the page, so we can tell pages the URL cannot.
    const answer = (raw: unknown): Promise<{ match: PageMatch | null }> | undefined => {
      const message = parseRequest(TO_TAB, raw);
      if (message?.type === 'toggle-terms-panel') events.dispatchEvent(new Event(TOGGLE_TERMS_PANEL));
      return message?.type === 'get-page' ? Promise.resolve({ match: current }) : undefined;
    };
    browser.runtime.onMessage.addListener(answer);

    let reported: string | undefined;
    const report = (match: PageMatch | null) => {
      const key = JSON.stringify(match);
      if (key === reported) return;
      reported = key;
      void ask('page-status', { match });
    };

    const check = () => {
      const match = detectPage(location.href, document);
      current = match;
      report(match);
      controller.show(match);
    };
    check();
    watcher.listen(check, ctx.signal);

    // A new language in the popup or the options page: the UI on this page follows, without a reload.
    const switchTo = async (wanted: Language) => {
      const trees = (await loadTexts(ALL, wanted))?.texts ?? null;
      if (trees === null || resolveLanguage(settings.get().language, navigator.languages) !== wanted) return;
      language = wanted;
      loadedTerms = termsFor(wanted);
      i18n.setLanguage(wanted, trees);
      controller.refresh();
      // The toolbar button's title is written in the language too: tell the background again.
      reported = undefined;
      report(current);
    };
    onSettings = (next) => {
      settings.set(next);
      controller.setEnabled(next.showOnPages);
      const wanted = resolveLanguage(next.language, navigator.languages);
      if (wanted !== language) void switchTo(wanted);
    };
    // A choice made while the first texts were loading.
    onSettings(settings.get());
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(answer);
      controller.destroy();
    });
  },
});
