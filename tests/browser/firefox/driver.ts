import type { Page } from 'puppeteer-core';
import { launchFirefox, newFixtureTab, openExtensionPage, type FirefoxSession } from '../../support/firefox';
import { openFirefoxActionPopup } from '../../support/firefox-popup';
import type { ActionPopupDriver, BrowserDriver, LaunchOptions, PageHandle } from '../shared/driver';

const DEFAULT_VIEWPORT = { width: 1280, height: 800 };
const PHONE_VIEWPORT = { width: 390, height: 844 };

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
    typeText: async (text) => {
      // WebDriver BiDi sends one character at a time.
      for (const char of text) await page.keyboard.sendCharacter(char);
    },
    chooseFile: async (selector, file) => {
      const { mkdtempSync, writeFileSync } = await import('node:fs');
      const { tmpdir } = await import('node:os');
      const path = await import('node:path');
      const filePath = path.join(mkdtempSync(path.join(tmpdir(), 'myna-upload-')), file.name);
      writeFileSync(filePath, file.buffer);
      const input = await page.$(selector);
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(filePath);
    },
    mouseTo: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    tap: (x, y) => page.touchscreen.tap(x, y),
    screenshot: async (file) => {
      await page.screenshot({ path: file as `${string}.png` });
    },
    run: async (source) => {
      await page.evaluate(`${source}\n;undefined`);
    },
    front: () => page.bringToFront(),
    close: () => page.close(),
  };
  pages.set(pageHandle, page);
  return pageHandle;
}

export async function firefoxDriver({ extension = true, locale, colorScheme, phone }: LaunchOptions = {}): Promise<BrowserDriver & ActionPopupDriver> {
  let session: FirefoxSession = await launchFirefox(undefined, { extension, locale, colorScheme, phone });
  return {
    name: 'firefox',
    async openPage(url, options) {
      const page = await newFixtureTab(session);
      await page.setViewport(options?.viewport ?? (phone ? PHONE_VIEWPORT : DEFAULT_VIEWPORT));
      if (options?.initScript) await page.evaluateOnNewDocument(options.initScript);
      await page.goto(url, { waitUntil: 'load' });
      // The tab a user works in is the selected one; a background tab gets no focus events.
      await page.bringToFront();
      return handle(page);
    },
    async openExtensionPage(file, readySelector, options) {
      const page = await openExtensionPage(session, file, readySelector, options?.viewport);
      return handle(page);
    },
    // A tab that became an extension page may still report its first address: ask the document itself.
    tabUrls: async () =>
      Promise.all((await session.browser.pages()).map((page) => page.evaluate(() => location.href).catch(() => page.url()))),
    async restart() {
      const requests = session.requests;
      const posts = session.posts;
      await session.close();
      session = await launchFirefox(session.profileDir, { extension, locale, colorScheme, phone });
      session.requests.unshift(...requests);
      session.posts.unshift(...posts);
    },
    // Interception is per tab here, so every request we see was made by a page we opened.
    requests: () => session.requests.map((url) => ({ url, origin: 'page' as const })),
    async openActionPopup(pageHandle) {
      await pages.get(pageHandle)!.bringToFront();
      return openFirefoxActionPopup(session.browser);
    },
    posts: () => session.posts,
    close: () => session.close(),
  };
}
