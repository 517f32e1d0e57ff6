import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import englishTerms from '../../../locales/en/terms.json';
import type { BrowserDriver } from './driver';
import { centerOf } from './page-scripts';
import { screenshotPath } from './screenshots';

const names = englishTerms as Record<string, { name: string }>;
const JLIS_TOP = 'https://www.kojinbango-card.go.jp/';
const EMAIL_STEP = 'https://net.kojinbango-card.go.jp/SS_SERVICE_OUT/FA01S002Action.do';
const NTA_MY_NUMBER_FAQ = 'https://www.nta.go.jp/taxes/tetsuzuki/mynumberinfo/FAQ/honninkakunin_qa.htm';



/** Issue 4 in a real browser: marks, popovers and the panel, on the fixture pages. */
export function describeTerms(start: () => Promise<BrowserDriver>): void {
  describe('terms on the page', () => {
    let driver: BrowserDriver;
    beforeAll(async () => {
      driver = await start();
    });
    afterAll(async () => {
      await driver?.close();
    });

    it('shows the popover of a term when the mouse is over it, without covering it', async () => {
      const page = await driver.openPage(JLIS_TOP);
      await page.waitFor(() => (document.querySelector('myna-guide')?.shadowRoot?.querySelector('[data-open-terms]') ?? null) !== null);
      // In the heading マイナンバーカードの申請は…: the card's own name (the site title holds a longer term).
      const point = await page.evaluate(centerOf, { find: 'マイナンバーカードの', length: 'マイナンバーカード'.length });
      expect(point).not.toBeNull();
      await page.mouseTo(point!.x, point!.y);
      await page.waitFor(() => document.querySelector('myna-guide')!.shadowRoot!.querySelector('[role="tooltip"][data-term="my-number-card"]') !== null);
      const tooltip = await page.evaluate((p) => {
        const element = document.querySelector('myna-guide')!.shadowRoot!.querySelector<HTMLElement>('[role="tooltip"]')!;
        const box = element.getBoundingClientRect();
        return {
          text: element.textContent ?? '',
          visible: box.width > 0 && box.height > 0 && getComputedStyle(element).visibility === 'visible',
          coversWord: p.x >= box.left && p.x <= box.right && p.y >= box.top && p.y <= box.bottom,
          inViewport: box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.bottom <= innerHeight,
        };
      }, point!);
      expect(tooltip.visible).toBe(true);
      expect(tooltip.text).toContain(names['my-number-card']!.name);
      // Where the explanation comes from, as the background's registry gives it.
      expect(tooltip.text).toMatch(/Sources: Digital Agency \(official, checked November 2026\)/);
      expect(tooltip.coversWord).toBe(false);
      expect(tooltip.inViewport).toBe(true);
      await page.screenshot(screenshotPath(`term-popover-${driver.name}`));

      // Moving away hides it.
      await page.mouseTo(5, 5);
      await page.waitFor(() => document.querySelector('myna-guide')!.shadowRoot!.querySelector('[role="tooltip"]') === null);
      await page.close();
    });

    it('explains the administrative words of a ministry page too, not only the card\'s own terms', async () => {
      const page = await driver.openPage(NTA_MY_NUMBER_FAQ);
      await page.waitFor(() => (document.querySelector('myna-guide')?.shadowRoot?.querySelector('[data-open-terms]') ?? null) !== null);
      await page.click('[data-open-terms]');
      await page.waitFor(() => document.querySelector('myna-guide')!.shadowRoot!.querySelectorAll('[data-term-entry]').length > 10);
      const entries = await page.evaluate(() => [...document.querySelector('myna-guide')!.shadowRoot!.querySelectorAll('[data-term-entry]')].map((e) => e.getAttribute('data-term-entry')!));
      // The words around the My Number on the tax office's page: the office, the checks, the documents.
      for (const id of ['tax-office', 'number-check', 'holder-check', 'drivers-licence', 'passport', 'resident-record-copy', 'impersonation', 'declaration-form', 'my-number-card']) {
        expect(entries, id).toContain(id);
      }
      await page.press('Escape');
      await page.waitFor(() => document.querySelector('myna-guide')!.shadowRoot!.querySelector('[data-terms-panel]') === null);
      // Pointing at 税務署 in the question explains it.
      const point = await page.evaluate(centerOf, { find: '税務署へ', length: '税務署'.length });
      expect(point).not.toBeNull();
      await page.mouseTo(point!.x, point!.y);
      await page.waitFor(() => document.querySelector('myna-guide')!.shadowRoot!.querySelector('[role="tooltip"][data-term="tax-office"]') !== null);
      const text = await page.evaluate(() => document.querySelector('myna-guide')!.shadowRoot!.querySelector('[role="tooltip"]')!.textContent ?? '');
      expect(text).toContain(names['tax-office']!.name);
      await page.close();
    });

    it('lists the terms of the page in page order, and explains one chosen from the keyboard', async () => {
      const page = await driver.openPage(EMAIL_STEP);
      await page.waitFor(() => (document.querySelector('myna-guide')?.shadowRoot?.querySelector('[data-open-terms]') ?? null) !== null);
      await page.click('[data-open-terms]');
      await page.waitFor(() => document.querySelector('myna-guide')!.shadowRoot!.querySelectorAll('[data-term-entry]').length > 2);
      const entries = await page.evaluate(() => [...document.querySelector('myna-guide')!.shadowRoot!.querySelectorAll('[data-term-entry]')].map((e) => e.getAttribute('data-term-entry')!));
      expect(entries).toContain('application-id');
      expect(new Set(entries).size).toBe(entries.length);
      // With a mouse and a keyboard, the hint tells of the arrow keys and the shortcut.
      const hint = await page.evaluate(() => (document.querySelector('myna-guide')!.shadowRoot!.querySelector('.terms-panel__hint') as HTMLElement).innerText);
      expect(hint).toMatch(/^Choose a term to see where it is and what it means\. Use the arrow keys to move\. .+ opens and closes this list/);
      // The first entry has the focus; move down to the application ID and choose it with Enter.
      expect(await page.evaluate(() => document.querySelector('myna-guide')!.shadowRoot!.activeElement?.getAttribute('data-term-entry'))).toBe(entries[0]);
      for (let i = 0; i < entries.indexOf('application-id'); i += 1) await page.press('ArrowDown');
      // The entry the keys reached wears the focus ring.
      const ring = await page.evaluate(() => {
        const active = document.querySelector('myna-guide')!.shadowRoot!.activeElement!;
        const style = getComputedStyle(active);
        // The ring (2px out, 2px wide) is not cut by the list's scrolling edges.
        const list = active.closest('ol')!;
        const listBox = list.getBoundingClientRect();
        const box = active.getBoundingClientRect();
        const reach = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
        const clear = box.top - reach >= listBox.top + list.clientTop && box.bottom + reach <= listBox.top + list.clientTop + list.clientHeight;
        return { entry: active.getAttribute('data-term-entry'), focusVisible: active.matches(':focus-visible'), outline: `${style.outlineStyle} ${style.outlineWidth}`, clear, scrolled: list.scrollTop > 0 };
      });
      expect(ring).toEqual({ entry: 'application-id', focusVisible: true, outline: 'solid 2px', clear: true, scrolled: true });
      await page.press('Enter');
      await page.waitFor(() => document.querySelector('myna-guide')!.shadowRoot!.querySelector('[role="tooltip"][data-term="application-id"]') !== null);
      const state = await page.evaluate(() => ({
        tooltip: document.querySelector('myna-guide')!.shadowRoot!.querySelector('[role="tooltip"]')!.textContent,
        describedBy: document.querySelector('myna-guide')!.shadowRoot!.activeElement?.getAttribute('aria-describedby'),
        live: document.querySelector('myna-guide')!.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent,
      }));
      expect(state.tooltip).toContain(names['application-id']!.name);
      expect(state.describedBy).toBe('myna-guide-term-tooltip');
      expect(state.live).toContain(names['application-id']!.name);
      await page.screenshot(screenshotPath(`terms-panel-${driver.name}`));

      // The popover's close button, from the keyboard: the popover goes and focus is back on its entry.
      await page.evaluate(() => document.querySelector('myna-guide')!.shadowRoot!.querySelector<HTMLElement>('[role="tooltip"] + button')!.focus());
      await page.press('Enter');
      await page.waitFor(() => document.querySelector('myna-guide')!.shadowRoot!.querySelector('[role="tooltip"]') === null);
      expect(await page.evaluate(() => document.querySelector('myna-guide')!.shadowRoot!.activeElement?.getAttribute('data-term-entry'))).toBe('application-id');

      // Escape one layer at a time: the popover, then the panel.
      await page.press('Enter');
      await page.waitFor(() => document.querySelector('myna-guide')!.shadowRoot!.querySelector('[role="tooltip"]') !== null);
      await page.press('Escape');
      await page.press('Escape');
      await page.waitFor(() => document.querySelector('myna-guide')!.shadowRoot!.querySelector('[data-terms-panel]') === null);
      expect(await page.evaluate(() => document.querySelector('myna-guide')!.shadowRoot!.activeElement?.hasAttribute('data-open-terms'))).toBe(true);

      // An Escape in the banner is the banner's: a popover open under the mouse stays.
      const point = await page.evaluate(centerOf, { find: 'メール連絡用氏名', length: 'メール連絡用氏名'.length });
      await page.mouseTo(point!.x, point!.y);
      await page.waitFor(() => document.querySelector('myna-guide')!.shadowRoot!.querySelector('[role="tooltip"]') !== null);
      await page.evaluate(() => document.querySelector('myna-guide')!.shadowRoot!.querySelector<HTMLElement>('[data-open-terms]')!.focus());
      await page.press('Escape');
      await page.waitFor(() => document.querySelector('myna-guide')!.shadowRoot!.querySelector('[data-banner][data-minimized]') !== null);
      expect(await page.evaluate(() => document.querySelector('myna-guide')!.shadowRoot!.querySelector('[role="tooltip"]') !== null)).toBe(true);
      await page.close();
    });
  });
}
