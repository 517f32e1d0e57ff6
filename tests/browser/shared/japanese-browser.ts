import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserDriver } from './driver';
import { ROOT } from '../../support/paths';
import { screenshotPath } from './screenshots';

const POPUP = { viewport: { width: 360, height: 600 } };
const heading = (language: string) => (JSON.parse(readFileSync(path.join(ROOT, 'locales', language, 'popup.json'), 'utf8')) as { checklistHeading: string }).checklistHeading;

/** A foreign resident's computer is often set to Japanese: MyNa Guide starts in English and asks once. */
export function describeJapaneseBrowser(start: (options: { locale: string }) => Promise<BrowserDriver>): void {
  describe('on a browser set to Japanese', () => {
    let driver: BrowserDriver;
    beforeAll(async () => {
      driver = await start({ locale: 'ja' });
    });
    afterAll(async () => {
      await driver?.close();
    });

    it('starts in English, asks which language once, and keeps the answer', async () => {
      const page = await driver.openPage('https://www.kojinbango-card.go.jp/');
      await page.waitFor(() => document.querySelector('myna-guide')?.shadowRoot?.querySelector('[data-banner] .badge') != null);
      expect(await page.evaluate(() => document.querySelector('myna-guide')!.shadowRoot!.querySelector('[data-banner] .badge')!.textContent)).toContain('Official site');
      await page.close();
      const popup = await driver.openExtensionPage('popup.html', '[data-step]', POPUP);
      expect(await popup.evaluate(() => navigator.language)).toMatch(/^ja/);
      expect(await popup.evaluate(() => document.querySelector('[data-checklist] h2')?.textContent)).toBe(heading('en'));
      await popup.waitFor(() => document.querySelectorAll('[data-language-prompt] .language-prompt__words [lang]').length >= 9);
      expect(await popup.evaluate(() => document.activeElement?.id)).toBe('prompt-language');
      await popup.screenshot(screenshotPath(`popup-language-question-${driver.name}`));
      await popup.evaluate(() => {
        const select = document.querySelector<HTMLSelectElement>('#prompt-language')!;
        select.value = 'vi';
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await popup.click('[data-language-prompt] .primary-button');
      await popup.waitFor((h) => document.querySelector('[data-checklist] h2')?.textContent === h, heading('vi'));
      expect(await popup.evaluate(() => document.querySelector('[data-language-prompt]'))).toBeNull();
      await popup.close();

      // Asked once: not again, in the language chosen.
      const again = await driver.openExtensionPage('popup.html', '[data-step]', POPUP);
      expect(await again.evaluate(() => document.querySelector('[data-checklist] h2')?.textContent)).toBe(heading('vi'));
      expect(await again.evaluate(() => document.querySelector('[data-language-prompt]'))).toBeNull();
      await again.close();
    });
  });
}
