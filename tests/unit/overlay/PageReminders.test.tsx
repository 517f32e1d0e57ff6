import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PageReminders } from '../../../src/overlay/PageReminders';
import { remindersReply } from '../../../src/messaging/journey-handlers';
import { handleRuntimeMessage } from '../../../src/messaging/background-handlers';
import { createTranslator } from '../../../src/i18n/translate';
import { loadSettings, watchSettings } from '../../../src/storage/settings';
import { createSettingsStore } from '../../../src/storage/settings-store';
import { click, renderWithI18n } from '../../support/render';
import type { PageMatch } from '../../../src/sites/types';

const settle = () => act(async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
});

async function mount(match: PageMatch, setStep = vi.fn(async (_step: string, done: boolean): Promise<boolean | null> => done)) {
  const store = createSettingsStore(await loadSettings());
  const stop = watchSettings((next) => store.set(next));
  const rendered = renderWithI18n(
    <PageReminders match={match} journey={remindersReply(match.site, match.page)} settings={store} setStep={setStep} signal={new AbortController().signal} />,
  );
  await settle();
  return { ...rendered, setStep, unmount: () => (stop(), rendered.unmount()) };
}

const ids = (root: Element) => [...root.querySelectorAll('[data-reminder]')].map((li) => li.getAttribute('data-reminder'));

describe('PageReminders', () => {
  let cleanup: () => void = () => undefined;
  beforeEach(() => {
    fakeBrowser.reset();
    // The background's own handler answers the page, as in the extension: hiding a reminder goes there.
    fakeBrowser.runtime.onMessage.addListener((raw: unknown) => handleRuntimeMessage(createTranslator('en', {}, {}), raw, { id: fakeBrowser.runtime.id }));
  });
  afterEach(() => cleanup());

  it('shows what to have ready before the online application, with the 23-digit ID and the photo rules', async () => {
    const { container, unmount } = await mount({ site: 'online-application', page: 'online-terms', lang: 'ja' });
    cleanup = unmount;
    expect(ids(container)).toEqual(['online-ready', 'online-details-changed', 'online-stay-soon']);
    const ready = container.querySelector('[data-reminder="online-ready"]')!;
    expect(ready.textContent).toMatch(/^Have ready: .*23-digit application ID.*JPEG photo/);
    expect(container.querySelector('[data-reminder="online-stay-soon"]')!.textContent).toMatch(/^Watch out: /);
    expect(container.querySelector('[data-completion-offer]')).toBeNull();
  });

  it('hides a reminder on this page only, remembers it, and can show it again', async () => {
    const page = { site: 'jlis', page: 'jlis-pickup', lang: 'en' } as const;
    const { container, unmount } = await mount(page);
    cleanup = unmount;
    const hide = container.querySelector<HTMLButtonElement>('[data-reminder="pickup-pins"] button')!;
    expect(hide.getAttribute('aria-label')).toBe('Hide this reminder on this page');
    expect(container.querySelector(`#${hide.getAttribute('aria-describedby')}`)!.textContent).toContain('four PINs');
    click(hide);
    await settle();
    expect(ids(container)).toEqual(['pickup-bring', 'pickup-in-person', 'pickup-deadline']);
    // The hidden reminder's button is gone: focus goes to "Show again", not to the page.
    expect(document.activeElement).toBe(container.querySelector('.reminders-hidden button'));
    expect((await loadSettings()).hiddenReminders).toEqual(['jlis/jlis-pickup/pickup-pins']);
    expect(container.querySelector('.reminders-hidden')!.textContent).toContain('1 reminder hidden.');
    click(container.querySelector('.reminders-hidden button'));
    await settle();
    expect(ids(container)).toEqual(['pickup-bring', 'pickup-pins', 'pickup-in-person', 'pickup-deadline']);
    expect((await loadSettings()).hiddenReminders).toEqual([]);
  });

  it('keeps every hide of quick successive clicks, and no duplicates', async () => {
    const page = { site: 'jlis', page: 'jlis-pickup', lang: 'en' } as const;
    const { container, unmount } = await mount(page);
    cleanup = unmount;
    const first = container.querySelector<HTMLButtonElement>('[data-reminder="pickup-pins"] button')!;
    const second = container.querySelector<HTMLButtonElement>('[data-reminder="pickup-bring"] button')!;
    act(() => {
      first.click();
      first.click();
      second.click();
    });
    await settle();
    expect((await loadSettings()).hiddenReminders).toEqual(['jlis/jlis-pickup/pickup-pins', 'jlis/jlis-pickup/pickup-bring']);
    expect(ids(container)).toEqual(['pickup-in-person', 'pickup-deadline']);
  });

  it('offers to tick the apply step on the completion page: one click, then undo', async () => {
    const { container, unmount, setStep } = await mount({ site: 'online-application', page: 'online-complete', lang: 'ja' });
    cleanup = unmount;
    const offer = container.querySelector('[data-completion-offer]')!;
    expect(offer.getAttribute('data-completion-offer')).toBe('offered');
    expect(offer.textContent).toContain('Tick “Apply for the card” in your checklist?');
    expect(setStep).not.toHaveBeenCalled();
    click(offer.querySelector('button'));
    await settle();
    expect(setStep).toHaveBeenLastCalledWith('apply', true);
    expect(offer.getAttribute('data-completion-offer')).toBe('done');
    // The message is a live region from the start, so its new text is announced; focus moves to Undo.
    expect(offer.querySelector('p')!.getAttribute('role')).toBe('status');
    expect(offer.querySelector('p')!.textContent).toBe('“Apply for the card” is ticked in your checklist.');
    expect(document.activeElement).toBe(offer.querySelector('button'));
    click(offer.querySelector('button'));
    await settle();
    expect(setStep).toHaveBeenLastCalledWith('apply', false);
    expect(offer.getAttribute('data-completion-offer')).toBe('undone');
    expect(document.activeElement).toBe(offer.querySelector('p'));
    expect(ids(container)).toEqual(['online-after', 'online-status']);
  });

  it('says so when ticking could not be saved', async () => {
    const { container, unmount } = await mount(
      { site: 'online-application', page: 'online-complete', lang: 'ja' },
      vi.fn(async () => null),
    );
    cleanup = unmount;
    click(container.querySelector('[data-completion-offer] button'));
    await settle();
    expect(container.querySelector('[data-completion-offer]')!.textContent).toContain('could not be saved');
  });

  it('shows nothing on pages without reminders', async () => {
    const { container, unmount } = await mount({ site: 'jlis', page: 'jlis-faq', lang: 'ja' });
    cleanup = unmount;
    expect(container.childNodes).toHaveLength(0);
  });
});
