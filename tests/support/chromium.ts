import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath } from './browser-paths';
import { fixtureBody, fixtureFor } from './fixtures';
import { CHROME_BUILD } from './paths';

export interface SeenRequest {
  url: string;
  /** The page URL of the frame that made it, or null for a worker or the extension. */
  frameUrl: string | null;
  fromServiceWorker: boolean;
}

export interface PostedForm {
  url: string;
  body: Buffer;
}

export interface ChromiumSession {
  context: BrowserContext;
  /** Empty when launched without the extension. */
  extensionId: string;
  userDataDir: string;
  requests: SeenRequest[];
  /** Every form the pages posted, as the browser sent it. */
  posts: PostedForm[];
  close(): Promise<void>;
}

/**
 * Debian's Chromium with the production build loaded unpacked. Every request is answered here: fixture
 * pages under their official URLs, everything else refused, and all of them recorded.
 */
// Without this, Playwright does not report requests made by the extension's service worker.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

/** A common phone held upright, in CSS pixels. */
export const PHONE_VIEWPORT = { width: 390, height: 844 };

export async function launchChromium(
  userDataDir = mkdtempSync(path.join(tmpdir(), 'myna-chromium-')),
  { extension = true, locale = 'en-US', colorScheme = 'light', phone = false }: { extension?: boolean; locale?: string; colorScheme?: 'light' | 'dark'; phone?: boolean } = {},
): Promise<ChromiumSession> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: false,
    // A phone: Chromium's device emulation, with touch, the mobile viewport (meta viewport honoured) and a
    // phone's pixel density.
    ...(phone ? { viewport: PHONE_VIEWPORT, hasTouch: true, isMobile: true, deviceScaleFactor: 2 } : { viewport: { width: 1280, height: 800 } }),
    locale,
    colorScheme,
    args: [
      '--headless=new',
      // The browser's own language, which extension pages and the service worker see too.
      `--lang=${locale}`,
      ...(extension ? [`--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // A desktop has a mouse: headless Chromium on a machine with none says (hover: none), as a phone does.
      // Blink's pointer types are 1 none, 2 coarse, 4 fine; its hover types 1 none, 2 hover.
      ...(phone ? [] : ['--blink-settings=primaryPointerType=4,availablePointerTypes=4,primaryHoverType=2,availableHoverTypes=2']),
    ],
  });
  const requests: SeenRequest[] = [];
  const posts: PostedForm[] = [];
  context.on('request', (request) => {
    let frameUrl: string | null = null;
    try {
      frameUrl = request.frame().url();
    } catch {
      frameUrl = null;
    }
    requests.push({ url: request.url(), frameUrl, fromServiceWorker: request.serviceWorker() !== null });
  });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    // The extension's own packaged files are not network traffic; they load as they would anywhere.
    if (url.startsWith('chrome-extension://')) return route.continue();
    if (route.request().method() === 'POST') {
      posts.push({ url, body: route.request().postDataBuffer() ?? Buffer.alloc(0) });
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!DOCTYPE html><title>received</title>' });
    }
    const fixture = fixtureFor(url);
    if (fixture) {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixtureBody(fixture.file) });
    } else {
      await route.abort('blockedbyclient');
    }
  });
  let extensionId = '';
  if (extension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(worker.url()).host;
  }
  return { context, extensionId, userDataDir, requests, posts, close: () => context.close() };
}

export async function openFixture(session: ChromiumSession, url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}
