import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Localizer } from '../i18n/localizer';
import type { SettingsStore } from '../storage/settings-store';
import type { LoadedTerms } from '../terms/load-terms';
import type { ChecklistStepId } from '../journey/steps';
import type { RemindersReply } from '../messaging/protocol';
import type { PageMatch } from '../sites/types';
import type { PageWatcher } from '../runtime/page-watcher';
import overlayCss from './overlay.css?inline';
import { createOverlayHost, type OverlayHost } from './mount-host';
import type { OverlaySurface } from './overlay-controller';
import { OverlayRoot } from './OverlayRoot';
import type { FeatureContext } from '../features/feature';
import { FEATURES } from '../features/list';
import { startFeatures } from '../features/runner';

/**
 * Our single `<myna-guide>` host with an open shadow root, appended after `<body>` only when there is
 * something to show, and taken out when the extension is reloaded or removed.
 */
export interface OverlayServices {
  i18n: Localizer;
  settings: SettingsStore;
  /** Loaded on first use and shared by every page of the session. */
  terms: () => Promise<LoadedTerms | null>;
  events: EventTarget;
  /** The page's one observer. */
  watcher: PageWatcher;
  /** This page's reminders and completion offer, with their texts added to the translator. */
  pageJourney: (match: PageMatch) => Promise<RemindersReply | null>;
  setStep: (step: ChecklistStepId, done: boolean) => Promise<boolean | null>;
}

/**
 * The longest the first drawing of the banner waits for the page's reminders. They were asked for with
 * the texts and are almost always there by then; drawn with them, the banner never grows on screen.
 */
export const FIRST_DRAW_WAIT_MS = 120;

const settled = (promise: Promise<unknown>, ms: number) =>
  Promise.race([promise.then(() => undefined, () => undefined), new Promise<void>((resolve) => setTimeout(resolve, ms))]);

export function createShadowSurface(ctx: ContentScriptContext, services: OverlayServices): OverlaySurface {
  let created: OverlayHost | undefined;
  const ui = () => {
    if (created === undefined) {
      created = createOverlayHost(overlayCss);
      ctx.onInvalidated(created.remove);
    }
    return created;
  };

  return {
    render(match, signal) {
      const journey = services.pageJourney(match);
      let known: RemindersReply | null | undefined;
      void journey.then((value) => (known = value), () => undefined);
      const shadowUi = ui();
      void (async () => {
        if (!shadowUi.host.isConnected) await settled(journey, FIRST_DRAW_WAIT_MS);
        if (signal.aborted) return;
        // Set before the host enters the document, so that adding it is the only change the page sees.
        shadowUi.host.setAttribute('data-page', match.page);
        shadowUi.mount();
        const context: FeatureContext = {
          match,
          doc: document,
          host: shadowUi.host,
          watcher: services.watcher,
          i18n: services.i18n,
          settings: services.settings,
          terms: services.terms(),
          events: services.events,
          journey,
          journeyNow: known,
          setStep: services.setStep,
        };
        const features = startFeatures(FEATURES, context, signal);
        render(<OverlayRoot key={`${match.page} ${services.i18n.language}`} i18n={services.i18n} features={features} />, shadowUi.container);
      })();
    },
    detach() {
      if (created === undefined) return;
      render(null, created.container);
      created.remove();
    },
  };
}
