import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserDriver } from './driver';
import { uiSettled } from './page-scripts';
import { screenshotPath } from './screenshots';

const JLIS_TOP = 'https://www.kojinbango-card.go.jp/';
const POPUP_VIEWPORT = { width: 360, height: 600 };

const hostPage = () => document.querySelector('myna-guide')?.getAttribute('data-page') ?? null;
const bannerText = () => document.querySelector('myna-guide')?.shadowRoot?.querySelector('[data-banner]')?.textContent ?? null;

/** The foundation's end-to-end slice, the same in every browser. */
export function describeSlice(start: () => Promise<BrowserDriver>): void {
  describe('the foundation slice', () => {
    let driver: BrowserDriver;
    beforeAll(async () => {
      driver = await start();
    });
    afterAll(async () => {
      await driver?.close();
    });

    it('recognizes the J-LIS top page and shows the English banner naming the site and its operator', async () => {
      const page = await driver.openPage(JLIS_TOP);
      await page.waitFor(() => document.querySelector('myna-guide[data-page]') !== null);
      expect(await page.evaluate(hostPage)).toBe('jlis-top');
      const text = await page.evaluate(bannerText);
      expect(text).toContain('Individual Number Card Comprehensive Site');
      expect(text).toContain('マイナンバーカード総合サイト');
      expect(text).toContain('Japan Agency for Local Authority Information Systems (J-LIS)');
      // One host, one open shadow root, nothing of ours outside it.
      expect(
        await page.evaluate(() => ({
          hosts: document.querySelectorAll('myna-guide').length,
          open: document.querySelector('myna-guide')?.shadowRoot !== null,
          parent: document.querySelector('myna-guide')?.parentElement?.nodeName,
        })),
      ).toEqual({ hosts: 1, open: true, parent: 'HTML' });
      await page.waitFor(uiSettled);
      await page.screenshot(screenshotPath(`banner-${driver.name}`));
      await page.close();
    });

    it('keeps page styles out of our UI and ours out of the page', async () => {
      const page = await driver.openPage('https://www.kojinbango-card.go.jp/index.html');
      await page.waitFor(() => document.querySelector('myna-guide[data-page]') !== null);
      await page.waitFor(uiSettled);
      const ours = await page.evaluate(() => {
        const root = document.querySelector('myna-guide')!.shadowRoot!;
        const heading = root.querySelector('h2')!;
        const banner = root.querySelector<HTMLElement>('[data-banner]')!;
        const style = getComputedStyle(heading);
        const rect = banner.getBoundingClientRect();
        return {
          color: style.color,
          fontSize: style.fontSize,
          border: getComputedStyle(banner).borderTopWidth,
          visible: rect.width > 100 && rect.height > 50 && getComputedStyle(banner).visibility === 'visible',
        };
      });
      expect(ours.color).not.toBe('rgb(255, 0, 0)');
      expect(ours.fontSize).toBe('16px');
      expect(ours.border).toBe('1px');
      expect(ours.visible).toBe(true);
      // The page's own elements with our class names keep the page's styles.
      const theirs = await page.evaluate(() => {
        const style = getComputedStyle(document.querySelector('h2.site-name')!);
        return { fontSize: style.fontSize, letterSpacing: style.letterSpacing, border: style.borderTopWidth };
      });
      expect(theirs).toEqual({ fontSize: '40px', letterSpacing: '1px', border: '9px' });
      await page.screenshot(screenshotPath(`hostile-styles-${driver.name}`));
      await page.close();
    });

    it('lets the user minimize and bring back the banner from the keyboard', async () => {
      const page = await driver.openPage(JLIS_TOP);
      await page.waitFor(() => document.querySelector('myna-guide[data-page]') !== null);
      await page.click('button[aria-label="Minimize"]');
      await page.waitFor(() => document.querySelector('myna-guide')?.shadowRoot?.activeElement?.classList.contains('pill') === true);
      await page.press('Enter');
      await page.waitFor(() => document.querySelector('myna-guide')?.shadowRoot?.activeElement?.nodeName === 'H2');
      expect(await page.evaluate(() => (document.querySelector('myna-guide')?.shadowRoot?.querySelector('[data-banner]') ?? null) !== null)).toBe(true);
      await page.close();
    });

    it('opens the popup with the product name and the checklist', async () => {
      const popup = await driver.openExtensionPage('popup.html', '[data-checklist]', { viewport: POPUP_VIEWPORT });
      expect(await popup.evaluate(() => document.querySelector('h1')?.textContent)).toBe('MyNa Guide');
      expect(await popup.evaluate(() => document.querySelector('[data-checklist] h2')?.textContent)).toBe('Your checklist');
      await popup.screenshot(screenshotPath(`popup-${driver.name}`));
      await popup.close();
    });

    it('keeps a setting saved on the options page across a browser restart, and the pages follow it', async () => {
      const options = await driver.openExtensionPage('options.html', '#show-on-pages:not([disabled])');
      expect(await options.evaluate(() => document.querySelector<HTMLInputElement>('#show-on-pages')?.checked)).toBe(true);
      await options.click('#show-on-pages');
      await options.waitFor(() => document.querySelector('.status[role="status"]')?.textContent === 'Saved.');
      await options.screenshot(screenshotPath(`options-${driver.name}`));

      await driver.restart();

      const reopened = await driver.openExtensionPage('options.html', '#show-on-pages:not([disabled])');
      expect(await reopened.evaluate(() => document.querySelector<HTMLInputElement>('#show-on-pages')?.checked)).toBe(false);
      const page = await driver.openPage(JLIS_TOP);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(await page.evaluate(() => document.querySelectorAll('myna-guide').length)).toBe(0);

      // Switching it back on shows the banner on the open page without a reload.
      await reopened.click('#show-on-pages');
      await page.waitFor(() => document.querySelector('myna-guide[data-page="jlis-top"]') !== null);
      await page.close();
      await reopened.close();
    });
  });
}
