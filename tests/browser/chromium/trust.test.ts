import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openFixture, type ChromiumSession } from '../../support/chromium';
import { FIXTURE_PAGES, fixtureResources } from '../../support/fixtures';
import { recordPageMutations } from '../shared/page-scripts';

const JLIS_TOP = 'https://www.kojinbango-card.go.jp/';
/** A page with reminders: the banner is drawn with them, and must not grow when they arrive. */
const JLIS_PICKUP = 'https://www.kojinbango-card.go.jp/en/uketori/';

describe('nothing leaves the browser', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('makes every request of the run from the page, none from the extension', async () => {
    for (const fixture of FIXTURE_PAGES) {
      const page = await openFixture(session, fixture.url);
      if (fixture.expectedPage) await page.waitForSelector('myna-guide[data-page]', { state: 'attached' });
      await page.waitForTimeout(300);
      await page.close();
    }
    for (const file of ['popup.html', 'options.html']) {
      const page = await session.context.newPage();
      await page.goto(`chrome-extension://${session.extensionId}/${file}`);
      await page.waitForSelector('h1');
      await page.close();
    }
    // The pages' own requests: the documents and the images or icons their markup asks for.
    const fixtureUrls = new Set(FIXTURE_PAGES.flatMap((page) => [page.url, ...fixtureResources(page)]));
    const extensionOrigin = `chrome-extension://${session.extensionId}/`;
    const network = session.requests.filter((request) => !request.url.startsWith(extensionOrigin));
    // The extension's own pages load their packaged files; anything else it asked for would be here.
    expect(network.filter((request) => request.fromServiceWorker)).toEqual([]);
    expect(network.filter((request) => request.frameUrl === null)).toEqual([]);
    expect(network.map((request) => request.url).filter((url) => !fixtureUrls.has(url))).toEqual([]);
    expect(network.length).toBeGreaterThanOrEqual(FIXTURE_PAGES.length);
    // Every fixture page is opened in turn, about a second each on a loaded machine.
  }, 60_000 + FIXTURE_PAGES.length * 2_000);

  it('would see a request made by the extension (control for the test above)', async () => {
    const worker = session.context.serviceWorkers()[0]!;
    const before = session.requests.length;
    await worker.evaluate(() => fetch('https://collector.example/beacon').catch(() => undefined));
    await expect.poll(() => session.requests.slice(before).map((r) => [r.url, r.fromServiceWorker])).toContainEqual([
      'https://collector.example/beacon',
      true,
    ]);
  });
});

describe('the page does not move', () => {
  it.each([JLIS_TOP, JLIS_PICKUP])('has no layout shift when the banner appears on %s', async (url) => {
    const session = await launchChromium();
    try {
      const page = await session.context.newPage();
      await page.addInitScript(recordPageMutations);
      await page.goto(url);
      await page.waitForSelector('myna-guide[data-page]', { state: 'attached' });
      await page.waitForTimeout(url === JLIS_PICKUP ? 1500 : 500);
      if (url === JLIS_PICKUP) expect(await page.evaluate(() => document.querySelector('myna-guide')!.shadowRoot!.querySelectorAll('[data-reminder]').length)).toBeGreaterThan(0);
      expect(await page.evaluate(() => window.__layoutShift)).toBe(0);
      const box = await page.evaluate(() => {
        const rect = document.querySelector('myna-guide')!.getBoundingClientRect();
        return { width: rect.width, height: rect.height };
      });
      // The host takes no room in the page's flow; the banner floats over it.
      expect(box).toEqual({ width: 0, height: 0 });
    } finally {
      await session.close();
    }
  });
});
