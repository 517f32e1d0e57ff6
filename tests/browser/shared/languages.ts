import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../../src/i18n/languages';
import { ROOT } from '../../support/paths';
import type { BrowserDriver, PageHandle } from './driver';
import { chooseInPopup } from './choose-language';
import { screenshotPath } from './screenshots';

const EMAIL_STEP = 'https://net.kojinbango-card.go.jp/SS_SERVICE_OUT/FA01S002Action.do';
const POPUP_VIEWPORT = { width: 360, height: 600 };
const SCREENSHOT_LANGUAGES: readonly Language[] = ['zh-Hans', 'ko', 'vi', 'ne', 'th'];

type Tree = Record<string, unknown>;
const texts = (language: Language, namespace: string): Tree => JSON.parse(readFileSync(path.join(ROOT, 'locales', language, `${namespace}.json`), 'utf8')) as Tree;
const at = (tree: Tree, dotted: string): string => dotted.split('.').reduce<unknown>((node, key) => (node as Tree)[key], tree) as string;

/** Text of the first element matching the selector inside our shadow root. */
const shadowText = (selector: string) => document.querySelector('myna-guide')?.shadowRoot?.querySelector(selector)?.textContent ?? '';

const choose = (popup: PageHandle, language: Language) => chooseInPopup(popup, language);

/** Issue 7 in a real browser: each language in the popup and on the page, without a reload, kept across a restart. */
export function describeLanguages(start: () => Promise<BrowserDriver>): void {
  describe('languages', () => {
    let driver: BrowserDriver;
    beforeAll(async () => {
      driver = await start();
    });
    afterAll(async () => {
      await driver?.close();
    });

    it('switches the popup, the banner, popovers and field cards to each language, without a reload', async () => {
      const page = await driver.openPage(EMAIL_STEP);
      await page.waitFor(() => document.querySelector('myna-guide')?.shadowRoot?.querySelector('[data-open-terms]') != null);
      await page.evaluate(() => sessionStorage.setItem('loaded-once', String(performance.timeOrigin)));
      const popup = await driver.openExtensionPage('popup.html', '[data-step]', { viewport: POPUP_VIEWPORT });

      for (const language of [...LANGUAGES.filter((l) => l !== 'en'), 'en' as const]) {
        const popupTexts = texts(language, 'popup');
        await popup.front();
        await choose(popup, language);
        await popup.waitFor((heading) => document.querySelector('[data-checklist] h2')?.textContent === heading, at(popupTexts, 'checklistHeading'));
        expect(await popup.evaluate(() => document.documentElement.lang)).toBe(language);
        expect(await popup.evaluate(() => document.querySelector('[data-step="pickup"] label')?.textContent)).toBe(at(texts(language, 'journey'), 'steps.pickup.title'));

        // The banner on the open page follows.
        await page.front();
        const official = at(texts(language, 'sites'), 'officialSite');
        await page.waitFor((badge) => (document.querySelector('myna-guide')?.shadowRoot?.querySelector('[data-banner] .badge')?.textContent ?? '').includes(badge), official);
        expect(await page.evaluate(() => document.querySelector('myna-guide')?.shadowRoot?.querySelector('[lang]')?.getAttribute('lang'))).toBe(language);

        // A field card, in the language.
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await page.evaluate(() => document.querySelector<HTMLInputElement>('[name="shinseishoId"]')!.focus());
        const fieldName = at(texts(language, 'fields'), 'fields.application-id.name');
        await page.waitFor((name) => (document.querySelector('myna-guide')?.shadowRoot?.querySelector('[data-field="application-id"]')?.textContent ?? '').includes(name), fieldName);

        // The terms panel and a term's popover, in the language. Where the banner was over the focused
        // field, it made way as the pill: the user opens it again.
        // (It steps aside in the frame after the focus.)
        await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
        if (await page.evaluate(() => document.querySelector('myna-guide')!.shadowRoot!.querySelector('.pill') !== null)) await page.click('.pill');
        await page.click('[data-open-terms]');
        await page.waitFor(() => document.querySelector('myna-guide')?.shadowRoot?.activeElement?.hasAttribute('data-term-entry') === true);
        const first = await page.evaluate(() => document.querySelector('myna-guide')!.shadowRoot!.activeElement?.getAttribute('data-term-entry') ?? null);
        expect(first).not.toBeNull();
        await page.press('Enter');
        const termName = at(texts(language, 'terms'), `${first}.name`);
        await page.waitFor((name) => (document.querySelector('myna-guide')?.shadowRoot?.querySelector('[role="tooltip"]')?.textContent ?? '').includes(name), termName);
        if (SCREENSHOT_LANGUAGES.includes(language)) {
          await page.screenshot(screenshotPath(`language-${language}-${driver.name}`));
          await popup.screenshot(screenshotPath(`popup-${language}-${driver.name}`));
        }
        await page.press('Escape');
        await page.press('Escape');
        await page.waitFor(() => document.querySelector('myna-guide')?.shadowRoot?.querySelector('[data-terms-panel]') == null);
      }
      // The page was never reloaded.
      expect(await page.evaluate(() => sessionStorage.getItem('loaded-once') === String(performance.timeOrigin))).toBe(true);
      expect(await page.evaluate(shadowText, '[data-banner] .badge')).toContain(at(texts('en', 'sites'), 'officialSite'));
      await popup.close();
      await page.close();
    });

    it('ends in the last language chosen when choices come faster than the files load', async () => {
      const page = await driver.openPage(EMAIL_STEP);
      await page.waitFor(() => document.querySelector('myna-guide')?.shadowRoot?.querySelector('[data-banner]') != null);
      const popup = await driver.openExtensionPage('popup.html', '[data-step]', { viewport: POPUP_VIEWPORT });
      for (const sequence of [['ko', 'th', 'ko'], ['es', 'id', 'fil']] as Language[][]) {
        for (const language of sequence) await choose(popup, language);
        const last = sequence[sequence.length - 1]!;
        const heading = at(texts(last, 'popup'), 'checklistHeading');
        await popup.waitFor((h) => document.querySelector('[data-checklist] h2')?.textContent === h, heading);
        await page.front();
        const official = at(texts(last, 'sites'), 'officialSite');
        await page.waitFor((badge) => (document.querySelector('myna-guide')?.shadowRoot?.querySelector('[data-banner] .badge')?.textContent ?? '').includes(badge), official);
        // Settled: a late file of an earlier choice does not take over afterwards.
        await new Promise((resolve) => setTimeout(resolve, 700));
        expect(await popup.evaluate(() => [document.documentElement.lang, document.querySelector('[data-checklist] h2')?.textContent])).toEqual([last, heading]);
        expect(await page.evaluate(shadowText, '[data-banner] .badge')).toContain(official);
        await popup.front();
      }
      await popup.close();
      await page.close();
    });

    it('keeps the chosen language across a browser restart', async () => {
      const popup = await driver.openExtensionPage('popup.html', '[data-step]', { viewport: POPUP_VIEWPORT });
      await choose(popup, 'vi');
      await popup.waitFor((heading) => document.querySelector('[data-checklist] h2')?.textContent === heading, at(texts('vi', 'popup'), 'checklistHeading'));
      await popup.close();

      await driver.restart();

      const reopened = await driver.openExtensionPage('popup.html', '[data-step]', { viewport: POPUP_VIEWPORT });
      expect(await reopened.evaluate(() => document.querySelector('[data-checklist] h2')?.textContent)).toBe(at(texts('vi', 'popup'), 'checklistHeading'));
      expect(await reopened.evaluate(() => document.querySelector<HTMLSelectElement>('#popup-language')?.value)).toBe('vi');
      await reopened.close();
      const page = await driver.openPage(EMAIL_STEP);
      const official = at(texts('vi', 'sites'), 'officialSite');
      await page.waitFor((badge) => (document.querySelector('myna-guide')?.shadowRoot?.querySelector('[data-banner] .badge')?.textContent ?? '').includes(badge), official);
      const options = await driver.openExtensionPage('options.html', '#language:not([disabled])');
      expect(await options.evaluate(() => document.querySelector<HTMLSelectElement>('#language')?.value)).toBe('vi');
      expect(await options.evaluate(() => document.querySelector('h1')?.textContent)).toBe(at(texts('vi', 'options'), 'title'));
      await options.close();
      await page.close();
    });
  });
}
