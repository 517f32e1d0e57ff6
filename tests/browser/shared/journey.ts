import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, toIsoDate } from '../../../src/journey/key-dates';
import type { BrowserDriver, PageHandle } from './driver';
import { uiSettled } from './page-scripts';
import { screenshotPath } from './screenshots';

const POPUP_VIEWPORT = { width: 360, height: 600 };
const ONLINE_COMPLETE = 'https://net.kojinbango-card.go.jp/SS_SERVICE_OUT/FA02S004Action.do';
const JLIS_PICKUP = 'https://www.kojinbango-card.go.jp/en/uketori/';



/** Whether each step's checkbox is ticked; runs in the popup, so it takes the steps as its argument. */
const checked = (steps: string[]) =>
  steps.map((step) => document.querySelector<HTMLInputElement>(`[data-step="${step}"] input[type="checkbox"]`)?.checked ?? null);

/** The toolbar badge, read through the extension's own API from one of its pages. */
const readBadge = () => {
  const api = (globalThis as { chrome?: { action?: { getBadgeText(d: object): Promise<string> } } }).chrome?.action ??
    (globalThis as unknown as { browser: { browserAction: { getBadgeText(d: object): Promise<string> } } }).browser.browserAction;
  return api.getBadgeText({});
};
const readAlarms = () => {
  const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as { alarms: { getAll(): Promise<{ name: string }[]> } };
  return api.alarms.getAll().then((alarms) => alarms.map((alarm) => alarm.name).sort());
};

/** Polls an async reading from a page until it matches, for effects the background applies a moment later. */
async function eventually<T>(page: PageHandle, read: () => Promise<T>, expected: T, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await page.evaluate(read);
    if (JSON.stringify(last) === JSON.stringify(expected)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(last).toEqual(expected);
}

/** Sets a key date's field in the popup as a user's date picker does. */
const enterDate = (popup: PageHandle, selector: string, value: string) =>
  popup.evaluate(
    ([field, day]) => {
      const input = document.querySelector<HTMLInputElement>(field!)!;
      input.value = day!;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    [selector, value],
  );

/** Opens "Your situation" and gives one answer. */
async function answer(popup: PageHandle, flag: string): Promise<void> {
  await popup.evaluate(() => {
    document.querySelector<HTMLDetailsElement>('[data-profile]')!.open = true;
  });
  await popup.click(`[data-answer="${flag}"]`);
}

const alertTitles = () => [...document.querySelectorAll('[data-alert] h3')].map((h) => h.textContent);

/** Issue 6 in a real browser: the checklist keeps its ticks, reminders show on pages, the completion offer ticks. */
export function describeJourney(start: () => Promise<BrowserDriver>): void {
  describe('the journey', () => {
    let driver: BrowserDriver;
    beforeAll(async () => {
      driver = await start();
    });
    afterAll(async () => {
      await driver?.close();
    });

    const openPopup = () => driver.openExtensionPage('popup.html', '[data-step]', { viewport: POPUP_VIEWPORT });

    it('keeps a tick across closing the popup and restarting the browser; the badge and alarms follow the dates', async () => {
      const popup = await openPopup();
      expect(await popup.evaluate(() => document.querySelectorAll('[data-step] input[type="checkbox"]').length)).toBe(11);
      await popup.click('[data-step="register-address"] input[type="checkbox"]');
      await popup.waitFor(() => document.querySelector('[data-progress]')?.textContent === '1 of 11 done');
      // By keyboard: focus the next checkbox and press Space.
      await popup.evaluate(() => document.querySelector<HTMLInputElement>('[data-step="receive-notice"] input')!.focus());
      await popup.press(' ');
      await popup.waitFor(() => document.querySelector('[data-progress]')?.textContent === '2 of 11 done');
      expect(await popup.evaluate(() => document.querySelector('[aria-current="step"]')?.getAttribute('data-step'))).toBe('apply');

      // The period of stay ends in 40 days: the three-month alert is due now, the one-month alert is to come.
      const stayEnds = addDays(toIsoDate(new Date()), 40);
      await popup.click('[data-step="extend-validity"] .step__expand');
      await popup.waitFor(() => document.querySelector('#extend-validity-date-stayExpiry') !== null);
      await popup.evaluate((value) => {
        const input = document.querySelector<HTMLInputElement>('#extend-validity-date-stayExpiry')!;
        input.value = value;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }, stayEnds);
      await popup.waitFor(() => document.querySelector('[data-alert]') !== null);
      await eventually(popup, readBadge, '1');
      await eventually(popup, readAlarms, [`alert:stayExpiry:${stayEnds}:10d`, `alert:stayExpiry:${stayEnds}:1m`]);
      await popup.evaluate(() => document.querySelector('main')!.scrollTo(0, 0));
      await popup.screenshot(screenshotPath(`checklist-${driver.name}`));
      await popup.click('[data-step="pickup"] .step__expand');
      await popup.evaluate(() => document.querySelector('[data-step="pickup"]')!.scrollIntoView());
      await popup.screenshot(screenshotPath(`checklist-step-${driver.name}`));
      await popup.close();

      const reopened = await openPopup();
      expect(await reopened.evaluate(checked, ['register-address', 'receive-notice', 'apply'])).toEqual([true, true, false]);
      await reopened.close();

      await driver.restart();

      const afterRestart = await openPopup();
      expect(await afterRestart.evaluate(checked, ['register-address', 'receive-notice'])).toEqual([true, true]);
      expect(await afterRestart.evaluate(() => document.querySelector('[data-step="register-address"] .step__state')?.textContent)).toMatch(/^Done /);
      await eventually(afterRestart, readBadge, '1');
      await eventually(afterRestart, readAlarms, [`alert:stayExpiry:${stayEnds}:10d`, `alert:stayExpiry:${stayEnds}:1m`]);

      // Unticking is always possible, and dismissing the alert clears the badge.
      await afterRestart.click('[data-step="receive-notice"] input[type="checkbox"]');
      await afterRestart.waitFor(() => document.querySelector('[data-progress]')?.textContent === '1 of 11 done');
      await afterRestart.click('[data-alert] button');
      await eventually(afterRestart, readBadge, '');
      await afterRestart.close();
      const last = await openPopup();
      expect(await last.evaluate(checked, ['register-address', 'receive-notice'])).toEqual([true, false]);
      await last.close();
    });

    it('shows the pickup page’s reminders, and hides one on that page until the user shows it again', async () => {
      const page = await driver.openPage(JLIS_PICKUP);
      await page.waitFor(() => document.querySelector('myna-guide')?.shadowRoot?.querySelector('[data-reminder="pickup-pins"]') != null);
      expect(await page.evaluate(() => document.querySelector('myna-guide')!.shadowRoot!.querySelector('[data-reminder="pickup-bring"]')!.textContent)).toContain(
        'residence card',
      );
      await page.waitFor(uiSettled);
      await page.screenshot(screenshotPath(`reminders-${driver.name}`));
      await page.click('[data-reminder="pickup-pins"] button');
      await page.waitFor(() => document.querySelector('myna-guide')?.shadowRoot?.querySelector('[data-reminder="pickup-pins"]') == null);
      await page.close();

      const again = await driver.openPage(JLIS_PICKUP);
      await again.waitFor(() => document.querySelector('myna-guide')?.shadowRoot?.querySelector('[data-reminder="pickup-bring"]') != null);
      expect(await again.evaluate(() => document.querySelector('myna-guide')!.shadowRoot!.querySelector('[data-reminder="pickup-pins"]'))).toBeNull();
      await again.click('.reminders-hidden button');
      await again.waitFor(() => document.querySelector('myna-guide')?.shadowRoot?.querySelector('[data-reminder="pickup-pins"]') != null);
      await again.close();
    });

    it('ticks the apply step when the user accepts the completion page’s offer, and unticks it on undo', async () => {
      const page = await driver.openPage(ONLINE_COMPLETE);
      await page.waitFor(() => document.querySelector('myna-guide')?.shadowRoot?.querySelector('[data-completion-offer="offered"]') != null);
      expect(await page.evaluate(() => document.querySelector('myna-guide')!.shadowRoot!.querySelector('[data-completion-offer]')!.textContent)).toContain(
        'Apply for the card',
      );
      let popup = await openPopup();
      expect(await popup.evaluate(checked, ['apply'])).toEqual([false]);
      await popup.close();

      await page.click('[data-completion-offer] button');
      await page.waitFor(() => document.querySelector('myna-guide')?.shadowRoot?.querySelector('[data-completion-offer="done"]') != null);
      await page.waitFor(uiSettled);
      await page.screenshot(screenshotPath(`completion-offer-${driver.name}`));
      popup = await openPopup();
      expect(await popup.evaluate(checked, ['apply'])).toEqual([true]);
      await popup.close();

      await page.click('[data-completion-offer] button');
      await page.waitFor(() => document.querySelector('myna-guide')?.shadowRoot?.querySelector('[data-completion-offer="undone"]') != null);
      popup = await openPopup();
      expect(await popup.evaluate(checked, ['apply'])).toEqual([false]);
      await popup.close();
      await page.close();
    });
  
    // domain.md §8b.4: with a 特定在留カード the card is renewed with the residence card at immigration.
    it('gives a 特定在留カード holder the immigration step, its alerts and no special-extension alarm', async () => {
      const popup = await openPopup();
      await answer(popup, 'specifiedCard');
      await popup.waitFor(() => document.querySelector('[data-step="extend-validity"] .step__title')?.textContent === 'Renew your 特定在留カード with your period of stay');
      const stayEnds = addDays(toIsoDate(new Date()), 50);
      await popup.click('[data-step="extend-validity"] .step__expand');
      await popup.waitFor(() => document.querySelector('#extend-validity-date-stayExpiry') !== null);
      await enterDate(popup, '#extend-validity-date-stayExpiry', stayEnds);
      await popup.waitFor(() => document.querySelector('[data-alert^="stayExpiry:"]') !== null);
      expect(await popup.evaluate(alertTitles)).toEqual(['Your 特定在留カード ends with your period of stay']);
      expect(await popup.evaluate(() => document.querySelector('[data-step="extend-validity"] .step__details')!.textContent)).toContain('Your regional immigration bureau');
      // Three months before is due; one month before is to come; no reminder of the city-office special extension.
      await eventually(popup, readAlarms, [`alert:stayExpiry:${stayEnds}:1m`]);
      await eventually(popup, readBadge, '1');
      await popup.evaluate(() => document.querySelector('main')!.scrollTo(0, 0));
      await popup.screenshot(screenshotPath(`checklist-specified-card-${driver.name}`));
      await popup.evaluate(() => document.querySelector('[data-step="extend-validity"]')!.scrollIntoView());
      await popup.screenshot(screenshotPath(`checklist-specified-card-step-${driver.name}`));
      // Two cards again: the municipal-office step and its special-extension alarm come back.
      await answer(popup, 'specifiedCard');
      await popup.waitFor(() => document.querySelector('[data-step="extend-validity"] .step__title')?.textContent === 'Extend the card after each visa renewal');
      await eventually(popup, readAlarms, [`alert:stayExpiry:${stayEnds}:10d`, `alert:stayExpiry:${stayEnds}:1m`]);
      // Clearing the date clears its alerts and alarms.
      await popup.click('[data-date="stayExpiry"] .link-button');
      await eventually(popup, readAlarms, []);
      await eventually(popup, readBadge, '');
      await popup.close();
    });

    // domain.md §8b.1: the moving-in notice within 14 days; continued use within 90 days of it.
    it('gives a moving user the moving step, counts down the 14 and 90 days, and keeps it across a restart', async () => {
      const popup = await openPopup();
      await answer(popup, 'moving');
      await popup.waitFor(() => document.querySelector('[data-step="move"]') !== null);
      const today = toIsoDate(new Date());
      const moved = addDays(today, -3);
      await popup.click('[data-step="move"] .step__expand');
      await popup.waitFor(() => document.querySelector('#move-date-movedOn') !== null);
      await enterDate(popup, '#move-date-movedOn', moved);
      await popup.waitFor(() => document.querySelector(`[data-alert^="movedOn:"]`) !== null);
      const alert = await popup.evaluate(() => document.querySelector('[data-alert^="movedOn:"]')!.textContent);
      expect(alert).toMatch(/^Moving-in notice due by /);
      expect(alert).toContain('11 days left');
      await eventually(popup, readAlarms, [`alert:movedOn:${moved}:10d`]);
      await eventually(popup, readBadge, '1');
      // The notice was filed yesterday: continued use is due within 90 days, reminded at 60 and 83.
      const notice = addDays(today, -1);
      await enterDate(popup, '#move-date-movingInNotice', notice);
      await eventually(popup, readAlarms, [`alert:movedOn:${moved}:10d`, `alert:movingInNotice:${notice}:60d`, `alert:movingInNotice:${notice}:83d`]);
      await popup.evaluate(() => document.querySelector('main')!.scrollTo(0, 0));
      await popup.screenshot(screenshotPath(`checklist-moving-${driver.name}`));
      await popup.evaluate(() => document.querySelector('[data-step="move"]')!.scrollIntoView());
      await popup.screenshot(screenshotPath(`checklist-moving-step-${driver.name}`));
      await popup.close();

      await driver.restart();
      const again = await openPopup();
      expect(await again.evaluate(() => document.querySelector('[data-step="move"]') !== null)).toBe(true);
      await eventually(again, readBadge, '1');
      // Done at the new office: the step settles every moving alert.
      await again.click('[data-step="move"] input[type="checkbox"]');
      await eventually(again, readAlarms, []);
      await eventually(again, readBadge, '');
      await answer(again, 'moving');
      await again.waitFor(() => document.querySelector('[data-step="move"]') === null);
      await again.close();
    });
  });
}
