import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import settingsV1 from '../../fixtures/storage/settings-v1.json';
import settingsV1NoMeta from '../../fixtures/storage/settings-v1-no-meta.json';
import settingsV2 from '../../fixtures/storage/settings-v2.json';
import journeyV1 from '../../fixtures/storage/journey-v1.json';

/** Storage items migrate when their module loads, as in the extension: seed first, then import. */
async function openWith(stored: Record<string, unknown>) {
  fakeBrowser.reset();
  vi.resetModules();
  await fakeBrowser.storage.local.set(structuredClone(stored));
  const settings = await import('../../../src/storage/settings');
  const journey = await import('../../../src/storage/journey-store');
  const keptAside = await import('../../../src/storage/kept-aside');
  return { ...settings, ...journey, ...keptAside };
}

const LANGUAGE_DEFAULTS = { language: null, languageAsked: false };
const stored = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];

describe('settings migrations', () => {
  beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => undefined));

  it('v1 → v2 → v3: keep every choice, start with no hidden reminders and follow the browser’s language', async () => {
    const { loadSettings, settingsItem } = await openWith(settingsV1);
    const migrated = { showOnPages: false, terms: true, termMarks: 'first', hiddenReminders: [], ...LANGUAGE_DEFAULTS };
    expect(await loadSettings()).toEqual(migrated);
    expect(await settingsItem.load()).toEqual(migrated);
    expect(await stored('settings$')).toEqual({ v: 3 });
    expect(await stored('settings')).toEqual(migrated);
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).sort()).toEqual(['settings', 'settings$']);
  });

  it('v1 saved before versions were recorded migrates the same way', async () => {
    const { settingsItem } = await openWith(settingsV1NoMeta);
    expect(await settingsItem.load()).toEqual({ showOnPages: true, terms: false, termMarks: 'all', hiddenReminders: [], ...LANGUAGE_DEFAULTS });
    expect(await stored('settings$')).toEqual({ v: 3 });
  });

  it('v2 → v3: keep the hidden reminders and add the language, following the browser until chosen', async () => {
    const { settingsItem, listKeptAside } = await openWith(settingsV2);
    expect(await settingsItem.load()).toEqual({ ...settingsV2.settings, ...LANGUAGE_DEFAULTS });
    expect(await stored('settings$')).toEqual({ v: 3 });
    expect(await listKeptAside()).toEqual([]);
  });
});

describe('journey storage', () => {
  beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => undefined));

  it('v1 reads back as saved, answers added since then at their defaults, with nothing kept aside', async () => {
    const { journeyItem, listKeptAside } = await openWith(journeyV1);
    const profile = { ...journeyV1.journey.profile, specifiedCard: false, moving: false, leaving: false };
    expect(await journeyItem.load()).toEqual({ ...journeyV1.journey, profile });
    expect(await listKeptAside()).toEqual([]);
  });

  it('keeps the 特定在留カード, moving and leaving answers and the moving dates', async () => {
    const journey = {
      ...journeyV1.journey,
      profile: { ...journeyV1.journey.profile, specifiedCard: true, moving: true, leaving: true },
      dates: { ...journeyV1.journey.dates, movedOn: '2027-04-01', movingInNotice: '2027-04-05' },
    };
    const { journeyItem, listKeptAside } = await openWith({ ...journeyV1, journey });
    expect(await journeyItem.load()).toEqual(journey);
    expect(await listKeptAside()).toEqual([]);
  });

  it('start empty and store nothing until the user does something', async () => {
    const { journeyItem } = await openWith({});
    expect(await journeyItem.load()).toEqual({ done: {}, profile: expect.any(Object), dates: {}, dismissedAlerts: [] });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('keep data of a newer version aside, whole, and go on with what this version can read', async () => {
    const future = { journey: { ...journeyV1.journey, done: { apply: '2026-10-02', 'step-from-the-future': '2027-01-01' }, extra: { x: 1 } }, journey$: { v: 3 } };
    const { journeyItem, listKeptAside } = await openWith(future);
    const state = await journeyItem.load();
    expect(state.done).toEqual({ apply: '2026-10-02' });
    expect(state.dates).toEqual(journeyV1.journey.dates);
    const [kept] = await listKeptAside();
    expect(kept).toMatchObject({ key: 'local:journey', reason: 'newer-version', version: 3, data: future.journey });
    expect(await stored('journey$')).toEqual({ v: 1 });
    // Saving later cannot lose the copy.
    await journeyItem.update((s) => ({ ...s, done: {} }));
    expect((await listKeptAside())[0]?.data).toEqual(future.journey);
  });

  it.each([
    ['a string', 'not json at all'],
    ['a number', 42],
    ['an array', [1, 2, 3]],
    ['mistyped parts', { done: { apply: 20261002, pickup: 'yesterday' }, profile: 'fixed', dates: [], dismissedAlerts: 'none' }],
  ])('keep %s aside, start from what can be read, and never throw', async (_what, data) => {
    const { journeyItem, listKeptAside } = await openWith({ journey: data, journey$: { v: 1 } });
    await expect(journeyItem.load()).resolves.toMatchObject({ done: {}, dates: {}, dismissedAlerts: [] });
    const [kept] = await listKeptAside();
    expect(kept).toMatchObject({ key: 'local:journey', reason: 'unreadable', data });
    expect(kept!.problems.length).toBeGreaterThan(0);
  });

  it('salvage the good parts of partly bad data', async () => {
    const data = { ...journeyV1.journey, done: { apply: '2026-10-02', pickup: 'soon', teleport: '2026-10-03' } };
    const { journeyItem, listKeptAside } = await openWith({ journey: data, journey$: { v: 1 } });
    expect((await journeyItem.load()).done).toEqual({ apply: '2026-10-02' });
    expect((await listKeptAside())[0]?.problems).toEqual([
      { path: 'done.pickup', code: 'bad-date' },
      { path: 'done.teleport', code: 'unknown-step' },
    ]);
  });

  it('keep one copy when the same bad data is opened twice', async () => {
    const { journeyItem, listKeptAside } = await openWith({ journey: 'garbage', journey$: { v: 1 } });
    await Promise.all([journeyItem.load(), journeyItem.load()]);
    expect(await listKeptAside()).toHaveLength(1);
    // Kept aside again after the user deleted the copy and the same data came back.
    await fakeBrowser.storage.local.set({ journey: 'garbage' });
    await journeyItem.load();
    expect(await listKeptAside()).toHaveLength(1);
  });

  it('keep both copies when two items are kept aside at the same moment', async () => {
    const { journeyItem, settingsItem, listKeptAside, clearKeptAside } = await openWith({
      journey: { ...journeyV1.journey, done: 'lost' },
      journey$: { v: 7 },
      settings: { showOnPages: 'maybe' },
      settings$: { v: 9 },
    });
    await Promise.all([journeyItem.load(), settingsItem.load()]);
    const kept = await listKeptAside();
    expect(kept.map((entry) => entry.key).sort()).toEqual(['local:journey', 'local:settings']);
    expect(kept.find((entry) => entry.key === 'local:journey')?.data).toEqual({ ...journeyV1.journey, done: 'lost' });
    await clearKeptAside();
    expect(await listKeptAside()).toEqual([]);
    expect((await journeyItem.load()).dates).toEqual(journeyV1.journey.dates);
  });

  it('run one context’s changes one after another, none lost', async () => {
    const { journeyItem } = await openWith({});
    await Promise.all(
      (['register-address', 'receive-notice', 'apply', 'pickup'] as const).map((step) =>
        journeyItem.update((state) => ({ ...state, done: { ...state.done, [step]: '2026-11-25' } })),
      ),
    );
    expect(Object.keys((await journeyItem.load()).done).sort()).toEqual(['apply', 'pickup', 'receive-notice', 'register-address']);
  });

  it('keep aside data a migration could not bring up to date', async () => {
    // Settings are at v2; data still marked v1 after its module loaded means the migration did not run to the end.
    const { settingsItem, listKeptAside } = await openWith({});
    await fakeBrowser.storage.local.set({ settings: { showOnPages: false }, settings$: { v: 1 } });
    expect(await settingsItem.load()).toEqual({ showOnPages: false, terms: true, termMarks: 'all', hiddenReminders: [], ...LANGUAGE_DEFAULTS });
    expect((await listKeptAside())[0]).toMatchObject({ key: 'local:settings', reason: 'not-migrated', version: 1 });
  });

  it('only read, never write, when peeking', async () => {
    const { journeyItem, listKeptAside } = await openWith({ journey: 'garbage', journey$: { v: 1 } });
    expect((await journeyItem.peek()).done).toEqual({});
    expect(await stored('journey')).toBe('garbage');
    expect(await listKeptAside()).toEqual([]);
  });
});
