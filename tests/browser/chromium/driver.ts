import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../../support/chromium';
import { openChromiumActionPopup } from '../../support/chromium-popup';
import type { ActionPopupDriver, BrowserDriver, LaunchOptions, OpenOptions, PageHandle } from '../shared/driver';

const pages = new WeakMap<PageHandle, Page>();

function handle(page: Page): PageHandle {
  const pageHandle: PageHandle = {
    evaluate: (fn, arg) => page.evaluate(fn, arg as never),
    waitFor: async (fn, arg, timeoutMs = 10_000) => {
      await page.waitForFunction(fn, arg as never, { timeout: timeoutMs });
    },
    // Playwright's CSS engine looks into open shadow roots.
    click: (selector) => page.click(selector),
    press: (key) => page.keyboard.press(key),
    typeText: (text) => page.keyboard.insertText(text),
    chooseFile: (selector, file) => page.setInputFiles(selector, file),
    mouseTo: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    tap: (x, y) => page.touchscreen.tap(x, y),
    pinch: async (x, y, scale) => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Input.synthesizePinchGesture', { x, y, scaleFactor: scale });
      await cdp.detach();
    },
    screenshot: async (file) => {
      await page.screenshot({ path: file });
    },
    pdf: () => page.pdf({ format: 'A4', preferCSSPageSize: true }),
    run: async (source) => {
      await page.evaluate(`${source}\n;undefined`);
    },
    front: () => page.bringToFront(),
    close: () => page.close(),
  };
  pages.set(pageHandle, page);
  return pageHandle;
}

export async function chromiumDriver({ extension = true, locale, colorScheme, phone }: LaunchOptions = {}): Promise<BrowserDriver & ActionPopupDriver> {
  let session: ChromiumSession = await launchChromium(undefined, { extension, locale, colorScheme, phone });
  const prepare = async (options?: OpenOptions) => {
    const page = await session.context.newPage();
    if (options?.viewport) await page.setViewportSize(options.viewport);
    if (options?.initScript) await page.addInitScript(options.initScript);
    return page;
  };
  return {
    name: 'chromium',
    async openPage(url, options) {
      const page = await prepare(options);
      await page.goto(url, { waitUntil: 'load' });
      return handle(page);
    },
    async openExtensionPage(file, readySelector, options) {
      const page = await prepare(options);
      await page.goto(`chrome-extension://${session.extensionId}/${file}`);
      await page.waitForSelector(readySelector);
      return handle(page);
    },
    tabUrls: async () => session.context.pages().map((page) => page.url()),
    async restart() {
      await session.close();
      session = await launchChromium(session.userDataDir, { extension, locale, colorScheme, phone });
    },
    requests: () =>
      session.requests.map(({ url, frameUrl, fromServiceWorker }) => ({
        url,
        origin: fromServiceWorker || url.startsWith('chrome-extension:') ? 'extension' : frameUrl === null ? 'unknown' : 'page',
      })),
    async openActionPopup(pageHandle) {
      const page = pages.get(pageHandle)!;
      await page.bringToFront();
      return openChromiumActionPopup(session, page);
    },
    posts: () => session.posts,
    close: () => session.close(),
  };
}
