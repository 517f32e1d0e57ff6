import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/i18n/languages';
import { COUNTER_VISITS } from '../../../src/knowledge/counter/visits';
import { ROOT } from '../../support/paths';
import type { BrowserDriver, PageHandle } from './driver';
import { chooseInPopup } from './choose-language';
import { uiSettled } from './page-scripts';
import { screenshotPath } from './screenshots';

const POPUP_VIEWPORT = { width: 360, height: 600 };
type Tree = Record<string, Record<string, Record<string, string>>>;
const counterTexts = (language: string): Tree => JSON.parse(readFileSync(path.join(ROOT, 'locales', language, 'counter.json'), 'utf8')) as Tree;

async function choose(popup: PageHandle, language: string) {
  await chooseInPopup(popup, language);
  await popup.waitFor((value) => document.documentElement.lang === value, language);
}

/** The text of a PDF, page by page, as a reader extracts it. */
async function pdfPages(buffer: Buffer): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: new Uint8Array(buffer), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  return pages;
}

/** Issue 15 in a real browser: the counter cards, opened from the popup, in the chosen language, and printed. */
export function describeCounter(start: () => Promise<BrowserDriver>, { print = false }: { print?: boolean } = {}): void {
  describe('at the counter', () => {
    let driver: BrowserDriver;
    beforeAll(async () => {
      driver = await start();
    });
    afterAll(async () => {
      await driver?.close();
    });

    it('lists every visit as a link to its card', async () => {
      const page = await driver.openExtensionPage('counter.html', '[data-counter-visit]');
      const ids = await page.evaluate(() => [...document.querySelectorAll('[data-counter-visit]')].map((a) => a.getAttribute('data-counter-visit')));
      expect(ids.sort()).toEqual(COUNTER_VISITS.map((visit) => visit.id).sort());
      await page.close();
    });

    for (const language of ['en', 'es'] as const) {
      it(`opens a step's card from the popup with the Japanese request, its meaning and the list (${language})`, async () => {
        const popup = await driver.openExtensionPage('popup.html', '[data-step]', { viewport: POPUP_VIEWPORT });
        await choose(popup, language);
        await popup.click('[data-step="extend-validity"] .step__expand');
        await popup.waitFor(() => document.querySelector('[data-step="extend-validity"] a[href*="counter.html?visit="]') !== null);
        const href = await popup.evaluate(() => document.querySelector('[data-step="extend-validity"] a[href*="counter.html?visit="]')!.getAttribute('href')!);
        expect(await popup.evaluate(() => document.querySelector('[data-step="extend-validity"] a[href*="counter.html?visit="]')!.getAttribute('target'))).toBe('_blank');
        await popup.close();
        const visit = COUNTER_VISITS.find((v) => href.endsWith(`visit=${v.id}`))!;
        expect(visit).toBeDefined();
        const card = await driver.openExtensionPage(href, '[data-counter-request]');
        const meaning = counterTexts(language).visits![visit.id]!.meaning!;
        await card.waitFor((text) => (document.querySelector('[data-counter-meaning]')?.textContent ?? '').includes(text), meaning);
        const shown = await card.evaluate(() => ({
          request: document.querySelector('[data-counter-request]')!.textContent,
          requestLang: document.querySelector('[data-counter-request]')!.getAttribute('lang'),
          items: document.querySelectorAll('[data-counter-bring] > li').length,
          lang: document.documentElement.lang,
        }));
        expect(shown).toEqual({ request: visit.request, requestLang: 'ja', items: visit.bring.length, lang: language });
        await card.screenshot(screenshotPath(`counter-${language}-${driver.name}`));
        // The clerk's view: the request alone, and Escape comes back to the card.
        await card.click('[data-counter-show]');
        await card.waitFor(() => document.querySelector('[data-counter-view="show"] [data-counter-request][lang="ja"]') !== null);
        if (language === 'en') await card.screenshot(screenshotPath(`counter-show-${driver.name}`));
        await card.press('Escape');
        await card.waitFor(() => document.activeElement?.hasAttribute('data-counter-show') === true);
        // The browser's Back from the clerk's view does the same.
        await card.click('[data-counter-show]');
        await card.waitFor(() => document.querySelector('[data-counter-view="show"]') !== null);
        await card.run('history.back()');
        await card.waitFor(() => document.activeElement?.hasAttribute('data-counter-show') === true);
        await card.close();
      });
    }

    it('links an official page about a visit to its card, opened by the background in a new tab', async () => {
      const page = await driver.openPage('https://www.kojinbango-card.go.jp/en/uketori/');
      await page.waitFor(() => document.querySelector('myna-guide')?.shadowRoot?.querySelector('[data-open-counter="pickup"]') != null);
      // The banner rises as it appears: a click aimed while it moves can land beside the link.
      await page.waitFor(uiSettled);
      const pickupTabs = (urls: string[]) => urls.filter((url) => url.endsWith('/counter.html?visit=pickup')).length;
      const before = pickupTabs(await driver.tabUrls());
      await page.click('[data-open-counter="pickup"]');
      // A background that sleeps between events wakes for the click first; on a loaded machine that is slow.
      const deadline = Date.now() + 15_000;
      let urls = await driver.tabUrls();
      while (pickupTabs(urls) === before && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        urls = await driver.tabUrls();
      }
      expect(pickupTabs(urls), `tabs open: ${urls.join(', ')}`).toBe(before + 1);
      await page.close();
    });

    it('links the lost-card section to the visits after a loss', async () => {
      const popup = await driver.openExtensionPage('popup.html', '[data-lost-card]', { viewport: POPUP_VIEWPORT });
      await popup.evaluate(() => ((document.querySelector('[data-lost-card]') as HTMLDetailsElement).open = true));
      await popup.waitFor(() => document.querySelectorAll('[data-lost-card] a[href*="counter.html?visit="]').length === 3);
      await popup.close();
    });

    // Printing to PDF is Chromium's (page.pdf); Firefox over WebDriver BiDi has no such call here.
    it.runIf(print)('prints each visit on one A4 page with its Japanese request, in every language', { timeout: 300_000 }, async () => {
      const overflowing: string[] = [];
      for (const language of LANGUAGES) {
        const popup = await driver.openExtensionPage('popup.html', '[data-step]', { viewport: POPUP_VIEWPORT });
        await choose(popup, language);
        await popup.close();
        for (const visit of COUNTER_VISITS) {
          const page = await driver.openExtensionPage(`counter.html?visit=${visit.id}`, '[data-counter-request]');
          await page.waitFor((value) => document.documentElement.lang === value, language);
          const pages = await pdfPages(await page.pdf!());
          if (pages.length !== 1) overflowing.push(`${visit.id} in ${language}: ${pages.length} pages`);
          // Text extraction keeps the characters and may split or space them: compare without spaces.
          expect(pages[0]!.replace(/\s/g, ''), `${visit.id} in ${language}`).toContain(visit.request.replace(/\s/g, ''));
          await page.close();
        }
      }
      expect(overflowing).toEqual([]);
    });
  });
}

