import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Options, type SettingsStore } from '../../../src/options/Options';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/storage/settings';
import { click, renderWithI18n } from '../../support/render';
import { journeyItem } from '../../../src/storage/journey-store';
import { clearKeptAside, listKeptAside, watchKeptAside } from '../../../src/storage/kept-aside';

function memoryStore(initial: Settings): SettingsStore & { saved: Settings } {
  const store = {
    saved: initial,
    load: async () => store.saved,
    save: async (patch: Partial<Settings>) => (store.saved = { ...store.saved, ...patch }),
  };
  return store;
}

function renderOptions(store: SettingsStore, extra: Partial<Parameters<typeof Options>[0]> = {}) {
  return renderWithI18n(
    <Options
      store={store}
      journey={journeyItem}
      keptAside={{ list: listKeptAside, clear: clearKeptAside, watch: watchKeptAside }}
      download={() => undefined}
      {...extra}
    />,
  );
}

const flush = () => act(async () => {
  await new Promise((resolve) => setTimeout(resolve, 0));
});

describe('Options', () => {
  let cleanup: () => void = () => undefined;
  afterEach(() => cleanup());

  it('shows the stored choice and saves a change, saying so', async () => {
    const store = memoryStore({ ...DEFAULT_SETTINGS });
    const { container, unmount } = renderOptions(store);
    cleanup = unmount;
    await flush();
    const box = container.querySelector<HTMLInputElement>('#show-on-pages')!;
    expect(box.checked).toBe(true);
    expect(container.querySelector('label[for="show-on-pages"]')!.textContent).toBe('Show MyNa Guide on official My Number pages');
    click(box);
    await flush();
    expect(store.saved).toEqual({ ...DEFAULT_SETTINGS, showOnPages: false });
    expect(container.querySelector('.status[role="status"]')!.textContent).toBe('Saved.');
  });

  it('saves the terms choices, and greys out the marks choice while terms are off', async () => {
    const store = memoryStore({ ...DEFAULT_SETTINGS });
    const { container, unmount } = renderOptions(store);
    cleanup = unmount;
    await flush();
    click(container.querySelector('input[name="termMarks"][value="first"]'));
    await flush();
    expect(store.saved.termMarks).toBe('first');
    click(container.querySelector('#terms'));
    await flush();
    expect(store.saved.terms).toBe(false);
    expect(container.querySelector<HTMLFieldSetElement>('fieldset.choice')!.disabled).toBe(true);
  });

  it('tells the user when saving fails, with the reason', async () => {
    const store: SettingsStore = {
      load: async () => ({ ...DEFAULT_SETTINGS }),
      save: vi.fn(async () => {
        throw new Error('QUOTA_BYTES quota exceeded');
      }),
    };
    const { container, unmount } = renderOptions(store);
    cleanup = unmount;
    await flush();
    click(container.querySelector('#show-on-pages'));
    await flush();
    const status = container.querySelector('.status[role="status"]')!;
    expect(status.textContent).toBe('Could not save: QUOTA_BYTES quota exceeded');
    expect(status.getAttribute('data-kind')).toBe('error');
  });

  it('keeps the control disabled and explains when settings cannot be read', async () => {
    const store: SettingsStore = { load: async () => Promise.reject(new Error('storage unavailable')), save: vi.fn() };
    const { container, unmount } = renderOptions(store);
    cleanup = unmount;
    await flush();
    expect(container.querySelector<HTMLInputElement>('#show-on-pages')!.disabled).toBe(true);
    expect(container.querySelector('.status[role="status"]')!.textContent).toContain('storage unavailable');
  });

  it('chooses the language, or follows the browser, and marks the question as answered', async () => {
    const store = memoryStore({ ...DEFAULT_SETTINGS });
    const { container, unmount } = renderOptions(store);
    cleanup = unmount;
    await flush();
    const select = container.querySelector<HTMLSelectElement>('#language')!;
    expect(select.options[0]!.textContent).toMatch(/^Same as the browser \(.+\)$/);
    expect(select.value).toBe('');
    act(() => {
      select.value = 'th';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    expect(store.saved).toMatchObject({ language: 'th', languageAsked: true });
    act(() => {
      select.value = '';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    expect(store.saved.language).toBeNull();
  });
});

