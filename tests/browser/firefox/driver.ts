import type { Page } from 'puppeteer-core';
import { launchFirefox, newFixtureTab, openExtensionPage, type FirefoxSession } from '../../support/firefox';
import { openFirefoxActionPopup } from '../../support/firefox-popup';
import type { ActionPopupDriver, BrowserDriver, PageHandle } from '../shared/driver';

const DEFAULT_VIEWPORT = { width: 1280, height: 800 };

const pages = new WeakMap<PageHandle, Page>();

function handle(page: Page): PageHandle {
  const pageHandle: PageHandle = {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    waitFor: async (fn, arg, timeoutMs = 10_000) => {
      await page.waitForFunction(fn as never, { timeout: timeoutMs, polling: 50 }, arg as never);
    },
    // puppeteer's pierce/ handler looks into open shadow roots.
    click: (selector) => page.click(`pierce/${selector}`),
    press: (key) => page.keyboard.press(key as never),
    mouseTo: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    screenshot: async (file) => {
      await page.screenshot({ path: file as `${string}.png` });
    },
    close: () => page.close(),
  };
  pages.set(pageHandle, page);
  return pageHandle;
}

export async function firefoxDriver(): Promise<BrowserDriver & ActionPopupDriver> {
  let session: FirefoxSession = await launchFirefox();
  return {
    name: 'firefox',
    async openPage(url, options) {
      const page = await newFixtureTab(session);
      await page.setViewport(options?.viewport ?? DEFAULT_VIEWPORT);
      if (options?.initScript) await page.evaluateOnNewDocument(options.initScript);
      await page.goto(url, { waitUntil: 'load' });
      return handle(page);
    },
    async openExtensionPage(file, readySelector, options) {
      const page = await openExtensionPage(session, file, readySelector, options?.viewport);
      return handle(page);
    },
    async restart() {
      const requests = session.requests;
      await session.close();
      session = await launchFirefox(session.profileDir);
      session.requests.unshift(...requests);
    },
    // Interception is per tab here, so every request we see was made by a page we opened.
    requests: () => session.requests.map((url) => ({ url, origin: 'page' as const })),
    async openActionPopup(pageHandle) {
      await pages.get(pageHandle)!.bringToFront();
      return openFirefoxActionPopup(session.browser);
    },
    close: () => session.close(),
  };
}
