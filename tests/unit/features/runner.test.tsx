import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import type { Feature, FeatureContext } from '../../../src/features/feature';
import { TOGGLE_TERMS_PANEL } from '../../../src/features/feature';
import { fieldsFeature } from '../../../src/features/fields/fields';
import { FEATURES } from '../../../src/features/list';
import { startFeatures } from '../../../src/features/runner';
import { termsFeature } from '../../../src/features/terms/terms';
import { englishResources } from '../../../src/i18n/resources';
import { createTranslator } from '../../../src/i18n/translate';
import { OverlayRoot } from '../../../src/overlay/OverlayRoot';
import type { PageWatcher } from '../../../src/runtime/page-watcher';
import type { PageMatch } from '../../../src/sites/types';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings-data';
import { createSettingsStore } from '../../../src/storage/settings-store';
import { renderWithI18n } from '../../support/render';

const i18n = createTranslator('en', englishResources);
const watcher: PageWatcher = { listen: () => undefined };

function contextFor(match: PageMatch, overrides: Partial<FeatureContext> = {}): FeatureContext {
  return {
    match,
    doc: document,
    watcher,
    i18n,
    settings: createSettingsStore(DEFAULT_SETTINGS),
    terms: Promise.resolve(null),
    events: new EventTarget(),
    journey: Promise.resolve(null),
    journeyNow: null,
    setStep: () => Promise.resolve(null),
    ...overrides,
  };
}

const portal: PageMatch = { site: 'myna-portal', page: 'portal-top', lang: 'ja' };
const online: PageMatch = { site: 'online-application', page: 'online-email', lang: 'ja' };
const jlis: PageMatch = { site: 'jlis', page: 'jlis-top', lang: 'ja' };

function feature(id: string, serves: (match: PageMatch) => boolean, init: Feature['init'] = () => ({})): Feature {
  return { id, serves, init };
}

describe('the feature runner', () => {
  let cleanup: () => void = () => undefined;
  afterEach(() => cleanup());

  it('starts, in list order, only the features that serve the page, each with the page’s signal', () => {
    const started: string[] = [];
    const signals: AbortSignal[] = [];
    const init = (id: string): Feature['init'] => (_context, signal) => {
      started.push(id);
      signals.push(signal);
      return {};
    };
    const abort = new AbortController();
    const running = startFeatures(
      [feature('a', () => true, init('a')), feature('b', (m) => m.site === 'jlis', init('b')), feature('c', () => true, init('c'))],
      contextFor(portal),
      abort.signal,
    );
    expect(running.map((f) => f.id)).toEqual(['a', 'c']);
    expect(started).toEqual(['a', 'c']);
    abort.abort();
    expect(signals.every((signal) => signal.aborted)).toBe(true);
  });

  it('leaves out a feature that fails to start, and starts the others', () => {
    const onError = vi.fn();
    const running = startFeatures(
      [
        feature('broken', () => true, () => {
          throw new Error('no');
        }),
        feature('fine', () => true),
      ],
      contextFor(portal),
      new AbortController().signal,
      onError,
    );
    expect(running.map((f) => f.id)).toEqual(['fine']);
    expect(onError).toHaveBeenCalledWith('broken', expect.any(Error));
  });

  it('starts nothing on a page that is already left', () => {
    const abort = new AbortController();
    abort.abort();
    expect(startFeatures(FEATURES, contextFor(portal), abort.signal)).toEqual([]);
  });

  it('runs the field guides only on sites that have them', () => {
    expect(fieldsFeature.serves(online)).toBe(true);
    expect(fieldsFeature.serves(portal)).toBe(true);
    expect(fieldsFeature.serves(jlis)).toBe(false);
    expect(fieldsFeature.serves({ site: 'digital-agency', page: 'da-other', lang: 'ja' })).toBe(false);
  });

  it('draws each feature into its slot, and a view that throws takes only itself away', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Broken = () => {
      throw new Error('broken view');
    };
    const running = startFeatures(
      [
        feature('one', () => true, () => ({ banner: () => <p data-one="">one</p> })),
        feature('broken', () => true, () => ({ layer: Broken })),
        feature('two', () => true, () => ({ layer: () => <p data-two="">two</p> })),
      ],
      contextFor(portal),
      new AbortController().signal,
    );
    const { container, unmount } = renderWithI18n(<OverlayRoot i18n={i18n} features={running} />);
    cleanup = unmount;
    expect(container.querySelector('[data-one]')).not.toBeNull();
    expect(container.querySelector('[data-two]')).not.toBeNull();
    vi.restoreAllMocks();
  });

  it('shows the real banner with reminders and the terms row in it, in the user’s language', async () => {
    const running = startFeatures(FEATURES, contextFor(jlis), new AbortController().signal);
    expect(running.map((f) => f.id)).toEqual(['banner', 'reminders', 'terms']);
    expect(startFeatures(FEATURES, contextFor(online), new AbortController().signal).map((f) => f.id)).toEqual(['banner', 'reminders', 'terms', 'fields']);
    const { container, unmount } = renderWithI18n(<OverlayRoot i18n={i18n} features={running} />);
    cleanup = unmount;
    const banner = container.querySelector('[data-banner]')!;
    expect(banner).not.toBeNull();
    expect(banner.closest('[lang]')!.getAttribute('lang')).toBe('en');
    // Terms that could not be loaded leave no row saying they are loading.
    await act(async () => Promise.resolve());
    expect(banner.querySelector('.terms-row')).toBeNull();
  });

  it('keeps the terms row from the first paint while terms load, and none when the user turned terms off', () => {
    const pending = new Promise<never>(() => undefined);
    const on = startFeatures([termsFeature], contextFor(portal, { terms: pending }), new AbortController().signal);
    const first = renderWithI18n(<>{on.map(({ id, views }) => { const Row = views['banner-actions']!; return <Row key={id} />; })}</>);
    expect(first.container.querySelector('.terms-row')!.textContent).toBe('Looking for terms…');
    first.unmount();

    const settings = createSettingsStore({ ...DEFAULT_SETTINGS, terms: false });
    const off = startFeatures([termsFeature], contextFor(portal, { terms: pending, settings }), new AbortController().signal);
    const second = renderWithI18n(<>{off.map(({ id, views }) => { const Row = views['banner-actions']!; return <Row key={id} />; })}</>);
    cleanup = second.unmount;
    expect(second.container.querySelector('.terms-row')).toBeNull();
  });

  it('opens and closes the terms panel on the shortcut, and stops listening when the page is left', () => {
    const events = new EventTarget();
    const abort = new AbortController();
    const running = startFeatures([termsFeature], contextFor(portal, { events }), abort.signal);
    const Layer = running[0]!.views.layer!;
    const { container, unmount } = renderWithI18n(<Layer />);
    cleanup = unmount;
    const panel = () => container.querySelector('[data-terms-panel], [role="dialog"], aside');
    // The user was in a field of the page when pressing the shortcut: focus comes back there.
    const field = document.createElement('input');
    document.body.append(field);
    field.focus();
    expect(panel()).toBeNull();
    act(() => void events.dispatchEvent(new Event(TOGGLE_TERMS_PANEL)));
    expect(panel()).not.toBeNull();
    expect(document.activeElement).not.toBe(field);
    act(() => void events.dispatchEvent(new Event(TOGGLE_TERMS_PANEL)));
    expect(panel()).toBeNull();
    expect(document.activeElement).toBe(field);
    field.remove();
    abort.abort();
    act(() => void events.dispatchEvent(new Event(TOGGLE_TERMS_PANEL)));
    expect(panel()).toBeNull();
  });
});
