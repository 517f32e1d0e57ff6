import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { englishResources } from '../../../src/i18n/resources';
import { SITE_DETECTORS } from '../../../src/sites/registry';
import { remindersFor } from '../../../src/journey/reminders';
import { FIXTURE_PAGES } from '../../support/fixtures';
import type { ActionPopupDriver, BrowserDriver } from './driver';
import { recordPageMutations, type RecordedMutation } from './page-scripts';
import { screenshotPath } from './screenshots';
import type { PageId } from '../../../src/sites/page-ids';

type Driver = BrowserDriver & ActionPopupDriver;

const sites = englishResources.sites as unknown as Record<string, { name: string }> & { pages: Record<string, string> };
const hostPages = () => [...document.querySelectorAll('myna-guide')].map((host) => host.getAttribute('data-page'));
const SETTLE_MS = 500;
const shownReminders = () =>
  [...(document.querySelector('myna-guide')?.shadowRoot?.querySelectorAll('[data-reminder]') ?? [])].map((li) => li.getAttribute('data-reminder'));

/** Issue 3 in a real browser: every fixture under its address, the popup's verdict, in-page navigation. */
export function describeSites(start: () => Promise<Driver>): void {
  describe('official sites', () => {
    let driver: Driver;
    beforeAll(async () => {
      driver = await start();
    });
    afterAll(async () => {
      await driver?.close();
    });

    it.each(FIXTURE_PAGES)('$url: page $expectedPage, popup says $popup, page untouched', async (fixture) => {
      const page = await driver.openPage(fixture.url, { initScript: recordPageMutations });
      if (fixture.expectedPage !== null) await page.waitFor(() => document.querySelector('myna-guide[data-page]') !== null);
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

      expect(await page.evaluate(hostPages)).toEqual(fixture.expectedPage === null ? [] : [fixture.expectedPage]);
      const expectedMutations: RecordedMutation[] =
        fixture.expectedPage === null ? [] : [{ type: 'childList', target: 'html', added: ['myna-guide'], removed: [], attribute: null }];
      expect(await page.evaluate(() => window.__pageMutations ?? null)).toEqual(expectedMutations);

      // The page's reminders, in the banner: exactly those the journey data puts on this page.
      if (fixture.expectedPage !== null) {
        const site = SITE_DETECTORS.find((detector) => (detector.pages as readonly string[]).includes(fixture.expectedPage!))!.site;
        const expected = remindersFor(site, fixture.expectedPage as PageId).map((reminder) => reminder.id);
        if (expected.length > 0) {
          await page.waitFor(() => document.querySelector('myna-guide')?.shadowRoot?.querySelector('[data-reminder]') != null);
        }
        expect(await page.evaluate(shownReminders)).toEqual(expected);
      }

      const popup = await driver.openActionPopup(page);
      const reading = await popup.read();
      expect(reading.status).toBe(fixture.popup);
      if (fixture.popup === 'official') {
        const site = SITE_DETECTORS.find((detector) => (detector.pages as readonly string[]).includes(fixture.expectedPage!))!.site;
        expect(reading.text).toContain(`Official site: ${sites[site]!.name} - ${sites.pages[fixture.expectedPage!]}`);
      }
      if (fixture.popup === 'imitation') {
        expect(reading.text).toContain('Warning: this page is not an official site');
        expect(reading.text).toMatch(/https:\/\/(myna\.go\.jp|www\.kojinbango-card\.go\.jp|mynumbercard\.point\.soumu\.go\.jp)\//);
      }
      if (fixture.popup === 'not-official') expect(reading.text).toContain('Not a My Number site');
      if (popup.screenshot && ['fake-portal-login.html', 'online-email.html', 'news-article.html'].includes(fixture.file)) {
        await popup.screenshot(screenshotPath(`popup-${fixture.popup}-${driver.name}`));
      }
      await popup.close();
      await page.close();
    });

    it('follows single-page navigation within 200 ms, with one UI throughout', async () => {
      const page = await driver.openPage('https://myna.go.jp/');
      await page.waitFor(() => document.querySelector('myna-guide')?.getAttribute('data-page') === 'portal-top');

      const elapsed = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const host = document.querySelector('myna-guide')!;
            const started = performance.now();
            const poll = () => {
              if (document.querySelector('myna-guide')?.getAttribute('data-page') === 'portal-messages') resolve(performance.now() - started);
              else requestAnimationFrame(poll);
            };
            document.querySelector<HTMLAnchorElement>('nav a[href="/messages"]')!.click();
            void host;
            poll();
          }),
      );
      expect(elapsed).toBeLessThan(200);
      expect(await page.evaluate(hostPages)).toEqual(['portal-messages']);
      expect(await page.evaluate(() => document.querySelector('myna-guide')?.shadowRoot?.textContent)).toContain('Notifications');

      await page.evaluate(() => history.back());
      await page.waitFor(() => document.querySelector('myna-guide')?.getAttribute('data-page') === 'portal-top', undefined, 2000);

      // A large replacement of the content without an address change: same page, same single UI.
      await page.evaluate(() => document.querySelector<HTMLButtonElement>('#open-inline-help')!.click());
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(await page.evaluate(hostPages)).toEqual(['portal-top']);

      await page.evaluate(() => document.querySelector<HTMLAnchorElement>('nav a[href="/certificates/health-insurance-card"]')!.click());
      await page.waitFor(() => document.querySelector('myna-guide')?.getAttribute('data-page') === 'portal-health-insurance', undefined, 2000);
      expect(await page.evaluate(hostPages)).toEqual(['portal-health-insurance']);
      expect(await page.evaluate(() => document.querySelector('myna-guide')?.shadowRoot?.querySelectorAll('[data-banner]').length)).toBe(1);
      await page.close();
    });
  });
}
