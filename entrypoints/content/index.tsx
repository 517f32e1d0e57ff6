import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { createTranslator } from '../../src/i18n/translate';
import { OverlayRoot } from '../../src/overlay/OverlayRoot';
import { HOST_TAG } from '../../src/overlay/host';
import overlayCss from '../../src/overlay/overlay.css?inline';
import common from '../../locales/en/common.json';
import sites from '../../locales/en/sites.json';
import type { PageStatusMessage } from '../../src/messaging/messages';
import { detectPage } from '../../src/sites/detect-page';
import { officialMatchPatterns } from '../../src/sites/official-hosts';
import { loadSettings, watchSettings } from '../../src/storage/settings';

export default defineContentScript({
  matches: officialMatchPatterns(),
  // Styles go into the shadow root as a string: no extension-URL fetch and nothing in the page's <head>.
  cssInjectionMode: 'manual',
  async main(ctx) {
    const match = detectPage(location.href, document);
    const status: PageStatusMessage = { type: 'page-status', match };
    void browser.runtime.sendMessage(status).catch(() => undefined);
    if (match === null) return;

    const i18n = createTranslator('en', { common, sites });
    const ui: ShadowRootContentScriptUi<HTMLElement> = await createShadowRootUi(ctx, {
      name: HOST_TAG,
      position: 'inline',
      anchor: 'html',
      append: 'last',
      css: overlayCss,
      onMount(container) {
        render(<OverlayRoot i18n={i18n} match={match} />, container);
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    // Set before the host enters the document, so adding it is the only change the page sees.
    ui.shadowHost.setAttribute('data-page', match.page);

    const apply = (show: boolean) => {
      if (show && !ui.shadowHost.isConnected) ui.mount();
      if (!show && ui.shadowHost.isConnected) ui.remove();
    };
    apply((await loadSettings()).showOnPages);
    const unwatch = watchSettings((settings) => apply(settings.showOnPages));
    ctx.onInvalidated(unwatch);
  },
});
