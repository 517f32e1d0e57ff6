import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import type { FeatureContext } from '../../../src/features/feature';
import { fieldsFeature } from '../../../src/features/fields/fields';
import { englishResources } from '../../../src/i18n/resources';
import { createTranslator } from '../../../src/i18n/translate';
import type { PageChange, PageWatcher } from '../../../src/runtime/page-watcher';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings-data';
import { createSettingsStore } from '../../../src/storage/settings-store';
import { renderWithI18n } from '../../support/render';

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 20)));

describe('fields feature', () => {
  let cleanup = () => undefined as void;
  const abort = new AbortController();
  afterEach(() => {
    cleanup();
    abort.abort();
    document.body.replaceChildren();
  });

  it('keeps the card of a field the user comes back to, and follows a field the page has labelled anew', async () => {
    const page = new DOMParser().parseFromString(
      '<form><label for="mail">メールアドレス</label><input id="mail" type="text" value="someone@"></form><myna-guide><button type="button">converter</button></myna-guide>',
      'text/html',
    );
    document.body.append(...page.body.childNodes);
    const host = document.querySelector('myna-guide')!;
    let heard: ((change: PageChange) => void) | undefined;
    const watcher: PageWatcher = { listen: (listener) => void (heard = listener) };
    const context: FeatureContext = {
      match: { site: 'online-application', page: 'online-email', lang: 'ja' },
      doc: document,
      host,
      watcher,
      i18n: createTranslator('en', englishResources),
      settings: createSettingsStore(DEFAULT_SETTINGS),
      terms: Promise.resolve(null),
      events: new EventTarget(),
      journey: Promise.resolve(null),
      setStep: () => Promise.resolve(null),
    };
    const views = fieldsFeature.init(context, abort.signal);
    const Layer = (views as { layer: () => preact.JSX.Element }).layer;
    const { container, unmount } = renderWithI18n(<Layer />);
    cleanup = unmount;
    const field = document.querySelector<HTMLInputElement>('#mail')!;
    const card = () => container.querySelector('[data-field]');

    await act(() => field.focus());
    await settle();
    expect(card()?.getAttribute('data-field')).toBe('email');
    const findings = card()!.textContent;
    expect(findings).toContain('This does not look like an e-mail address');

    // Into our own UI and back: the same card, its findings kept.
    await act(() => host.querySelector('button')!.focus());
    await act(() => field.focus());
    expect(card()?.getAttribute('data-field')).toBe('email');
    expect(card()!.textContent).toBe(findings);

    // Meanwhile the page calls the field the confirmation of the address: back in it, its card is that one.
    await act(() => host.querySelector('button')!.focus());
    document.querySelector('label')!.textContent = 'メールアドレス(確認用)';
    heard!({ blocks: new Set([document.querySelector('form')!]), removed: false, controls: true, address: false });
    await act(() => field.focus());
    await settle();
    expect(card()?.getAttribute('data-field')).toBe('email-confirmation');
  });
});
