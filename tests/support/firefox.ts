import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../wxt.config';
import { firefoxPath } from './browser-paths';
import { fixtureBody, fixtureFor } from './fixtures';
import { FIREFOX_BUILD } from './paths';

/** Fixed so that moz-extension:// pages have a known address in tests. */
export const FIREFOX_EXTENSION_UUID = '5b0f2a4e-7c1d-4e7a-9d52-3f6a2b8c9e10';
export const FIREFOX_EXTENSION_ORIGIN = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

export interface FirefoxSession {
  browser: Browser;
  profileDir: string;
  /** Every URL that was requested from a page, in order. */
  requests: string[];
  /** Every form the pages posted, as the browser sent it. */
  posts: { url: string; body: Buffer }[];
  close(): Promise<void>;
}

/**
 * Debian's Firefox ESR over WebDriver BiDi, with the production build installed. The profile is kept
 * so a second launch on the same directory is a browser restart.
 */
export async function launchFirefox(
  profileDir = mkdtempSync(path.join(tmpdir(), 'myna-firefox-')),
  { extension = true, locale, colorScheme = 'light', phone = false }: { extension?: boolean; locale?: string; colorScheme?: 'light' | 'dark'; phone?: boolean } = {},
): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    userDataDir: profileDir,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      // A temporary add-on is removed at shutdown; keep its data, as a normal install would.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      // The browser's languages, which navigator.languages reports in pages and in the extension.
      ...(locale ? { 'intl.accept_languages': locale, 'intl.locale.requested': locale } : {}),
      // What prefers-color-scheme says in pages and in the extension's own (0 dark, 1 light).
      'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
      // A phone's screen: touch events on, and a coarse pointer that cannot hover (bit 1 coarse, 2 fine,
      // 4 hover), so that (hover: none) and (pointer: coarse) hold as on Firefox for Android.
      // A desktop: a mouse (fine and hover), whatever the machine running the tests has plugged in.
      ...(phone
        ? { 'dom.w3c_touch_events.enabled': 1, 'ui.primaryPointerCapabilities': 1, 'ui.allPointerCapabilities': 1 }
        : { 'ui.primaryPointerCapabilities': 6, 'ui.allPointerCapabilities': 6 }),
    },
  });
  if (extension) await browser.installExtension(FIREFOX_BUILD);
  return { browser, profileDir, requests: [], posts: [], close: () => browser.close() };
}

/** A new tab whose requests are answered from the fixtures and recorded; everything else is refused. */
export async function newFixtureTab(session: FirefoxSession): Promise<Page> {
  const page = await session.browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    session.requests.push(url);
    if (request.method() === 'POST') {
      void (async () => {
        // WebDriver BiDi hands the request body over on request (network.getData).
        const body = await request.fetchPostData().catch((error: unknown) => `unreadable: ${String(error)}`);
        session.posts.push({ url, body: Buffer.from(body ?? '', 'utf8') });
        await request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!DOCTYPE html><title>received</title>' });
      })();
      return;
    }
    const fixture = fixtureFor(url);
    if (fixture) {
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: fixtureBody(fixture.file) });
    } else {
      void request.abort();
    }
  });
  return page;
}

/** Opens an extension page. Its navigation promise never settles in Firefox, so wait for content. */
export async function openExtensionPage(
  session: FirefoxSession,
  file: string,
  readySelector: string,
  viewport?: { width: number; height: number },
): Promise<Page> {
  const page = await session.browser.newPage();
  if (viewport) await page.setViewport(viewport);
  void page.goto(`${FIREFOX_EXTENSION_ORIGIN}/${file}`).catch(() => undefined);
  // A wait started on the blank page dies when the extension page replaces it: wait again.
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      await page.waitForSelector(readySelector, { timeout: Math.max(1, deadline - Date.now()) });
      return page;
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
