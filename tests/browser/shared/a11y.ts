import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserDriver, PageHandle } from './driver';
import { screenshotPath } from './screenshots';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const JLIS_TOP = 'https://www.kojinbango-card.go.jp/';
const ONLINE = 'https://net.kojinbango-card.go.jp/SS_SERVICE_OUT';
/** J-LIS's page on receiving the card: a banner with reminders to hide and links to counter cards. */
const JLIS_PICKUP = 'https://www.kojinbango-card.go.jp/en/uketori/';
const EMAIL_STEP = `${ONLINE}/FA01S002Action.do`;
const DETAILS_STEP = `${ONLINE}/FA02S001Action.do?step=details`;
/** A desktop window of 1280 × 1024 at 400 % zoom, as WCAG 1.4.10 counts it. */
const ZOOM_400 = { width: 320, height: 256 };
/** The toolbar popup's largest window (800 × 600) at 200 % zoom. */
const POPUP_200 = { width: 400, height: 300 };
const SCHEMES = ['light', 'dark'] as const;
/** The focus ring's two colours (src/ui/tokens.css), as computed styles write them. */
const RING = { light: ['rgb(8, 66, 125)', 'rgb(255, 255, 255)'], dark: ['rgb(156, 198, 245)', 'rgb(11, 19, 32)'] } as const;

interface Violation {
  id: string;
  nodes: string[];
}

/** axe-core over our UI only (the host and its shadow tree), or over a whole extension page. */
async function axe(page: PageHandle, scope: 'ours' | 'document'): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.run(AXE_SOURCE);
  return page.evaluate(
    async ({ scope: where, tags }) => {
      const api = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }> } }).axe;
      const context = where === 'ours' ? { include: [['myna-guide']] } : document;
      const result = await api.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`) }));
    },
    { scope, tags: AXE_TAGS },
  );
}

const waitForBanner = (page: PageHandle) => page.waitFor(() => document.querySelector('myna-guide')?.shadowRoot?.querySelector('[data-banner]') != null);
const nextFrames = (page: PageHandle) => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));

/** Whether any of our elements is the topmost thing at points spread over the visible part of the element. */
function coveredByUs(selector: string): boolean {
  const target = document.querySelector<HTMLElement>(selector)!;
  const box = target.getBoundingClientRect();
  const left = Math.max(0, box.left);
  const right = Math.min(innerWidth, box.right);
  const top = Math.max(0, box.top);
  const bottom = Math.min(innerHeight, box.bottom);
  if (right <= left || bottom <= top) return false;
  for (const fx of [0.1, 0.5, 0.9]) {
    for (const fy of [0.2, 0.5, 0.8]) {
      const hit = document.elementFromPoint(left + (right - left) * fx, top + (bottom - top) * fy);
      if (hit?.nodeName === 'MYNA-GUIDE') return true;
    }
  }
  return false;
}

/** The on-page states to check, each reached from a freshly opened page. */
const PAGE_STATES: { name: string; url: string; reach: (page: PageHandle) => Promise<void> }[] = [
  { name: 'the banner', url: JLIS_TOP, reach: async (page) => page.waitFor(() => document.querySelector('myna-guide')?.shadowRoot?.querySelector('[data-open-terms]') != null) },
  {
    name: 'the pill',
    url: JLIS_TOP,
    reach: async (page) => {
      await page.click('button[aria-label="Minimize"]');
      await page.waitFor(() => document.querySelector('myna-guide')?.shadowRoot?.querySelector('.pill') != null);
    },
  },
  {
    name: 'the terms panel with a popover',
    url: EMAIL_STEP,
    reach: async (page) => {
      await page.waitFor(() => document.querySelector('myna-guide')?.shadowRoot?.querySelector('[data-open-terms]') != null);
      await page.click('[data-open-terms]');
      await page.waitFor(() => document.querySelector('myna-guide')!.shadowRoot!.querySelectorAll('[data-term-entry]').length > 2);
      await page.press('Enter');
      await page.waitFor(() => document.querySelector('myna-guide')!.shadowRoot!.querySelector('[role="tooltip"]') !== null);
    },
  },
  {
    name: 'a field card with a finding',
    url: EMAIL_STEP,
    reach: async (page) => {
      await page.click('[name="shinseishoId"]');
      await page.typeText('１２３');
      await page.waitFor(() => document.querySelector('myna-guide')?.shadowRoot?.querySelector('[data-field="application-id"] [data-findings]') != null);
    },
  },
  {
    name: 'the date converter',
    url: DETAILS_STEP,
    reach: async (page) => {
      await page.evaluate(() => document.querySelector<HTMLElement>('[name="birthYear"]')!.focus());
      await page.waitFor(() => document.querySelector('myna-guide')?.shadowRoot?.querySelector('[data-converter]') != null);
    },
  },
];

/** Issue 14: WCAG 2.2 AA on every surface, by axe-core, keyboard walks and zoom, in a real browser. */
export function describeAccessibility(start: (options?: { colorScheme?: 'light' | 'dark' }) => Promise<BrowserDriver>): void {
  describe('accessibility', () => {
    let driver: BrowserDriver;
    let dark: BrowserDriver;
    beforeAll(async () => {
      driver = await start();
      dark = await start({ colorScheme: 'dark' });
    });
    afterAll(async () => {
      await driver?.close();
      await dark?.close();
    });
    /** The browser whose pages prefer this colour scheme. */
    const inScheme = (scheme: (typeof SCHEMES)[number]) => (scheme === 'dark' ? dark : driver);

    it('the axe check itself fails on a violation planted in our shadow root', async () => {
      const page = await driver.openPage(JLIS_TOP);
      await waitForBanner(page);
      await page.evaluate(() => {
        const empty = document.createElement('button');
        empty.setAttribute('data-planted', '');
        document.querySelector('myna-guide')!.shadowRoot!.querySelector('[data-banner]')!.append(empty);
      });
      const violations = await axe(page, 'ours');
      expect(violations.map((v) => v.id)).toContain('button-name');
      await page.close();
    });

    for (const scheme of SCHEMES) {
      it.each(PAGE_STATES)(`$name has no axe violations of ours (${scheme})`, async ({ url, reach }) => {
        const page = await inScheme(scheme).openPage(url);
        expect(await page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, scheme)).toBe(true);
        await waitForBanner(page);
        await reach(page);
        await nextFrames(page);
        expect(await axe(page, 'ours')).toEqual([]);
        await page.close();
      });

      it.each([
        ['popup.html', '[data-checklist]'],
        ['options.html', '#show-on-pages:not([disabled])'],
        ['counter.html', '[data-counter-visit]'],
        ['counter.html?visit=special-extension', '[data-counter-request]'],
        ['counter.html?visit=pickup&view=show', '[data-counter-view="show"]'],
      ])(`%s has no axe violations (${scheme})`, async (file, ready) => {
        const page = await inScheme(scheme).openExtensionPage(file, ready, { viewport: { width: 800, height: 900 } });
        expect(await page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, scheme)).toBe(true);
        // Every step opened, so that their details are checked too.
        await page.evaluate(() => document.querySelectorAll<HTMLButtonElement>('.step__expand').forEach((button) => button.click()));
        await nextFrames(page);
        expect(await axe(page, 'document')).toEqual([]);
        await page.close();
      });

      it(`draws the one focus ring on our controls (${scheme})`, async () => {
        const page = await inScheme(scheme).openPage(JLIS_PICKUP);
        await page.waitFor(() => document.querySelector('myna-guide')?.shadowRoot?.querySelector('[data-open-counter]') != null);
        // From the page's last control, Tab goes on into our banner.
        await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('a[href], button, input')].at(-1)!.focus());
        // Then on through every control of the banner, each wearing the ring, until Tab leaves it.
        const rings: { control: string; visible: boolean; outline: string; shadow: string }[] = [];
        for (let i = 0; i < 40; i += 1) {
          await page.press('Tab');
          const ring = await page.evaluate(() => {
            const focused = document.querySelector('myna-guide')!.shadowRoot!.activeElement as HTMLElement | null;
            if (!focused) return null;
            const style = getComputedStyle(focused);
            const control = `${focused.localName}${[...focused.attributes].filter((a) => a.name.startsWith('data-') || a.name === 'aria-label').map((a) => `[${a.name}="${a.value}"]`).join('')}`;
            return { control, visible: focused.matches(':focus-visible'), outline: `${style.outlineStyle} ${style.outlineColor}`, shadow: style.boxShadow };
          });
          if (ring === null) break;
          rings.push(ring);
        }
        expect(rings.length).toBeGreaterThan(2);
        for (const ring of rings) {
          expect(ring, ring.control).toEqual(expect.objectContaining({ visible: true, outline: `solid ${RING[scheme][0]}` }));
          expect(ring.shadow, ring.control).toContain(RING[scheme][1]);
        }
        await page.close();
      });
    }

    it('gives focus back to the page after the banner is closed, and Escape turns the banner into the pill', async () => {
      const page = await driver.openPage(JLIS_TOP);
      await page.waitFor(() => document.querySelector('myna-guide')?.shadowRoot?.querySelector('[data-open-terms]') != null);
      await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('a[href]')].at(-1)!.setAttribute('data-last', ''));
      await page.evaluate(() => document.querySelector<HTMLElement>('[data-last]')!.focus());
      await page.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.nodeName)).toBe('MYNA-GUIDE');
      await page.press('Escape');
      await page.waitFor(() => document.querySelector('myna-guide')!.shadowRoot!.activeElement?.classList.contains('pill') === true);
      await page.press('Enter');
      await page.waitFor(() => document.querySelector('myna-guide')!.shadowRoot!.activeElement?.nodeName === 'H2');
      await page.evaluate(() => document.querySelector('myna-guide')!.shadowRoot!.querySelector<HTMLElement>('button[aria-label="Close"]')!.focus());
      await page.press('Enter');
      await page.waitFor(() => document.querySelector('myna-guide')!.shadowRoot!.querySelector('[data-banner]') === null);
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-last'))).toBe(true);
      await page.close();
    });

    it('closes one layer a time with Escape: the popover, then the terms panel, and focus goes back', async () => {
      const page = await driver.openPage(EMAIL_STEP);
      await page.waitFor(() => document.querySelector('myna-guide')?.shadowRoot?.querySelector('[data-open-terms]') != null);
      await page.click('[data-open-terms]');
      await page.waitFor(() => document.querySelector('myna-guide')!.shadowRoot!.querySelectorAll('[data-term-entry]').length > 2);
      await page.press('Enter');
      await page.waitFor(() => document.querySelector('myna-guide')!.shadowRoot!.querySelector('[role="tooltip"]') !== null);
      await page.press('Escape');
      await page.waitFor(() => document.querySelector('myna-guide')!.shadowRoot!.querySelector('[role="tooltip"]') === null);
      expect(await page.evaluate(() => document.querySelector('myna-guide')!.shadowRoot!.querySelector('[data-terms-panel]') !== null)).toBe(true);
      expect(await page.evaluate(() => document.querySelector('myna-guide')!.shadowRoot!.activeElement?.hasAttribute('data-term-entry'))).toBe(true);
      await page.press('Escape');
      await page.waitFor(() => document.querySelector('myna-guide')!.shadowRoot!.querySelector('[data-terms-panel]') === null);
      expect(await page.evaluate(() => document.querySelector('myna-guide')!.shadowRoot!.activeElement?.hasAttribute('data-open-terms'))).toBe(true);
      await page.close();
    });

    it('takes the user from the birth-date field into the converter with F2 and back with Escape; Escape in the field hides the card', async () => {
      const page = await driver.openPage(DETAILS_STEP);
      await waitForBanner(page);
      await page.evaluate(() => document.querySelector<HTMLElement>('[name="birthYear"]')!.focus());
      await page.waitFor(() => document.querySelector('myna-guide')?.shadowRoot?.querySelector('[data-converter]') != null);
      await page.press('F2');
      await page.waitFor(() => document.querySelector('myna-guide')!.shadowRoot!.activeElement?.closest('[data-converter]') != null);
      await page.typeText('1990-04-01');
      await page.waitFor(() => (document.querySelector('myna-guide')!.shadowRoot!.querySelector('[data-converted="era"]')?.textContent ?? '').includes('平成2年4月1日'));
      // The card stayed while the converter was used, and the page's field kept its value.
      await page.press('Escape');
      await page.waitFor(() => document.activeElement?.getAttribute('name') === 'birthYear');
      expect(await page.evaluate(() => document.querySelector('myna-guide')!.shadowRoot!.querySelector('[data-field="birth-date"]') !== null)).toBe(true);
      await page.press('Escape');
      await page.waitFor(() => document.querySelector('myna-guide')!.shadowRoot!.querySelector('[data-field="birth-date"]') === null);
      // The next focus brings it back.
      await page.evaluate(() => document.querySelector<HTMLElement>('[name="birthYear"]')!.blur());
      await page.evaluate(() => document.querySelector<HTMLElement>('[name="birthYear"]')!.focus());
      await page.waitFor(() => document.querySelector('myna-guide')!.shadowRoot!.querySelector('[data-field="birth-date"]') !== null);
      await page.close();
    });

    it('at 400 % starts with the pill, and never covers a focused control of the page', async () => {
      const page = await driver.openPage(JLIS_TOP, { viewport: ZOOM_400 });
      await waitForBanner(page);
      expect(await page.evaluate(() => document.querySelector('myna-guide')!.shadowRoot!.querySelector('[data-banner]')!.hasAttribute('data-minimized'))).toBe(true);
      const count = await page.evaluate(() => {
        const controls = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea')];
        controls.forEach((control, index) => control.setAttribute('data-control', String(index)));
        return controls.length;
      });
      expect(count).toBeGreaterThan(5);
      const covered: string[] = [];
      for (let index = 0; index < count; index += 1) {
        await page.evaluate((i) => document.querySelector<HTMLElement>(`[data-control="${i}"]`)!.focus(), index);
        await nextFrames(page);
        if (await page.evaluate(coveredByUs, `[data-control="${index}"]`)) covered.push(await page.evaluate((i) => {
          const control = document.querySelector(`[data-control="${i}"]`)!;
          return `${control.nodeName} ${control.getAttribute('href') ?? ''} ${(control.textContent ?? '').trim().slice(0, 40)}`;
        }, index));
      }
      expect(covered).toEqual([]);
      await page.screenshot(screenshotPath(`zoom400-pill-${driver.name}`));
      // Expanded by the user, the banner still scrolls within the window and steps aside for focus.
      await page.click('.pill');
      await page.waitFor(() => document.querySelector('myna-guide')!.shadowRoot!.querySelector('aside.banner') !== null);
      // Measured where it settles: it rises 6 px into place, and in a window this narrow it sits on the bottom edge.
      await page.waitFor(() => document.querySelector('myna-guide')!.shadowRoot!.getAnimations().every((a) => a.playState === 'finished'));
      const banner = await page.evaluate(() => {
        const box = document.querySelector('myna-guide')!.shadowRoot!.querySelector('aside.banner')!.getBoundingClientRect();
        return { top: box.top, bottom: box.bottom };
      });
      expect(banner.top).toBeGreaterThanOrEqual(0);
      expect(banner.bottom).toBeLessThanOrEqual(ZOOM_400.height);
      await page.screenshot(screenshotPath(`zoom400-banner-${driver.name}`));
      await page.evaluate(() => document.querySelector<HTMLElement>('[data-control="0"]')!.focus());
      await nextFrames(page);
      expect(await page.evaluate(coveredByUs, '[data-control="0"]')).toBe(false);
      await page.close();
    });

    it('at 400 % puts every field card beside, above or below its field, inside the window', async () => {
      const page = await driver.openPage(EMAIL_STEP, { viewport: ZOOM_400 });
      await waitForBanner(page);
      for (const [name, id] of [
        ['shinseishoId', 'application-id'],
        ['mailRenrakuShimei', 'email-contact-name'],
        ['mailAddress', 'email'],
        ['mailAddressKakunin', 'email-confirmation'],
      ] as const) {
        await page.evaluate((n) => document.querySelector<HTMLElement>(`[name="${n}"]`)!.focus(), name);
        await page.waitFor((i) => document.querySelector('myna-guide')?.shadowRoot?.querySelector(`[data-field="${i}"]`) != null, id);
        await nextFrames(page);
        expect(await page.evaluate(coveredByUs, `[name="${name}"]`), name).toBe(false);
        const card = await page.evaluate((i) => {
          const element = document.querySelector('myna-guide')!.shadowRoot!.querySelector<HTMLElement>(`[data-field="${i}"]`)!;
          const box = element.getBoundingClientRect();
          return { top: box.top, bottom: box.bottom, scrolls: element.scrollHeight > element.clientHeight, overflow: getComputedStyle(element).overflowY };
        }, id);
        expect(card.top, name).toBeGreaterThanOrEqual(0);
        expect(card.bottom, name).toBeLessThanOrEqual(ZOOM_400.height);
        if (card.scrolls) expect(card.overflow).toBe('auto');
        if (name === 'shinseishoId') await page.screenshot(screenshotPath(`zoom400-field-card-${driver.name}`));
      }
      await page.close();
    });

    it('at 400 % fits or scrolls a term popover, without covering its word', async () => {
      const page = await driver.openPage(EMAIL_STEP, { viewport: ZOOM_400 });
      await waitForBanner(page);
      await page.click('.pill');
      await page.waitFor(() => document.querySelector('myna-guide')?.shadowRoot?.querySelector('[data-open-terms]') != null);
      await page.click('[data-open-terms]');
      await page.waitFor(() => document.querySelector('myna-guide')!.shadowRoot!.querySelectorAll('[data-term-entry]').length > 2);
      await page.press('Enter');
      await page.waitFor(() => document.querySelector('myna-guide')!.shadowRoot!.querySelector('[role="tooltip"]') !== null);
      await nextFrames(page);
      const popover = await page.evaluate(() => {
        // The placed box: the tooltip and, beside it, its close button.
        const element = document.querySelector('myna-guide')!.shadowRoot!.querySelector<HTMLElement>('[role="tooltip"]')!.parentElement!;
        const box = element.getBoundingClientRect();
        return { top: box.top, bottom: box.bottom, fits: element.scrollHeight <= element.clientHeight + 1, overflow: getComputedStyle(element).overflowY };
      });
      expect(popover.top).toBeGreaterThanOrEqual(0);
      expect(popover.bottom).toBeLessThanOrEqual(ZOOM_400.height);
      if (!popover.fits) expect(popover.overflow).toBe('auto');
      await page.screenshot(screenshotPath(`zoom400-popover-${driver.name}`));
      await page.close();
    });

    it('at 200 % lets every control of the popup be reached by pointer, with no sideways scroll', async () => {
      const page = await driver.openExtensionPage('popup.html', '[data-checklist]', { viewport: POPUP_200 });
      const unreachable = await page.evaluate(() => {
        const missed: string[] = [];
        // Everything shown: the steps' details and the profile's questions opened.
        document.querySelectorAll('details').forEach((details) => (details.open = true));
        document.querySelectorAll<HTMLButtonElement>('.step__expand[aria-expanded="false"]').forEach((button) => button.click());
        for (const control of document.querySelectorAll<HTMLElement>('a[href], button, input, select')) {
          control.scrollIntoView({ block: 'center', inline: 'nearest' });
          // A link that wraps has one box per line: the first line's centre is on the link.
          const box = control.getClientRects()[0] ?? control.getBoundingClientRect();
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          const label = control.closest('label');
          if (!hit || !(hit === control || control.contains(hit) || (label !== null && label.contains(hit)))) missed.push(`${control.nodeName} ${control.getAttribute('type') ?? ''} ${(control.textContent ?? '').trim().slice(0, 40)}`);
        }
        return missed;
      });
      expect(unreachable).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollHeight > document.documentElement.clientHeight)).toBe(true);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot(screenshotPath(`zoom200-popup-${driver.name}`));
      await page.close();
    });
  });
}
