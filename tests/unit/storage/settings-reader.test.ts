import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { englishResources } from '../../../src/i18n/resources';
import { createTranslator } from '../../../src/i18n/translate';
import { handleRuntimeMessage } from '../../../src/messaging/background-handlers';
import { parseRequest, TO_BACKGROUND } from '../../../src/messaging/protocol';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings-data';
import { loadSettings, saveSettings } from '../../../src/storage/settings';
import { readStoredSettings, watchStoredSettings } from '../../../src/storage/settings-reader';
import settingsV1 from '../../fixtures/storage/settings-v1.json';
import settingsV2 from '../../fixtures/storage/settings-v2.json';

const i18n = createTranslator('en', englishResources);
const ours = () => ({ id: fakeBrowser.runtime.id, tab: { id: 3 } });

describe('the official pages’ settings reader', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads what the extension pages read, for every stored version, and writes nothing', async () => {
    for (const fixture of [settingsV1, settingsV2, { settings: { ...DEFAULT_SETTINGS, termMarks: 'first', language: 'ko' }, settings$: { v: 3 } }]) {
      fakeBrowser.reset();
      await fakeBrowser.storage.local.set(structuredClone(fixture));
      const before = await fakeBrowser.storage.local.get(null);
      const read = await readStoredSettings();
      expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
      // The extension pages' reader migrates on the way: the two agree.
      expect(read).toEqual(await loadSettings());
    }
  });

  it('gives the defaults for nothing stored and for foreign data, without throwing', async () => {
    expect(await readStoredSettings()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.local.set({ settings: 'not settings' });
    expect(await readStoredSettings()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.local.set({ settings: { showOnPages: 'yes', termMarks: 'first' } });
    expect(await readStoredSettings()).toEqual({ ...DEFAULT_SETTINGS, termMarks: 'first' });
  });

  it('hears a change made in another context, and stops when asked', async () => {
    const heard = vi.fn();
    const stop = watchStoredSettings(heard);
    await saveSettings({ showOnPages: false });
    expect(heard).toHaveBeenLastCalledWith(expect.objectContaining({ showOnPages: false }));
    stop();
    await saveSettings({ showOnPages: true });
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('asks the background to hide reminders: only keys of the known shape, at most 500', async () => {
    expect(parseRequest(TO_BACKGROUND, { type: 'set-reminders-hidden', keys: ['jlis/jlis-pickup/pickup-bring'], hidden: true })).toEqual({
      type: 'set-reminders-hidden',
      keys: ['jlis/jlis-pickup/pickup-bring'],
      hidden: true,
    });
    expect(parseRequest(TO_BACKGROUND, { type: 'set-reminders-hidden', keys: ['<img src=x>'], hidden: true })).toBeNull();
    expect(parseRequest(TO_BACKGROUND, { type: 'set-reminders-hidden', keys: [], hidden: true })).toBeNull();
    expect(parseRequest(TO_BACKGROUND, { type: 'set-reminders-hidden', keys: ['jlis/a/b'], hidden: 'yes' })).toBeNull();
    expect(parseRequest(TO_BACKGROUND, { type: 'set-reminders-hidden', keys: Array.from({ length: 501 }, (_, i) => `jlis/p/r${i}`), hidden: true })).toBeNull();

    expect(await handleRuntimeMessage(i18n, { type: 'set-reminders-hidden', keys: ['jlis/jlis-pickup/pickup-bring'], hidden: true }, ours())).toEqual({ ok: true });
    expect((await loadSettings()).hiddenReminders).toEqual(['jlis/jlis-pickup/pickup-bring']);
    expect(await handleRuntimeMessage(i18n, { type: 'set-reminders-hidden', keys: ['jlis/jlis-pickup/pickup-bring'], hidden: false }, ours())).toEqual({ ok: true });
    expect((await loadSettings()).hiddenReminders).toEqual([]);
    // From anyone but our own extension, nothing happens.
    expect(handleRuntimeMessage(i18n, { type: 'set-reminders-hidden', keys: ['jlis/a/b'], hidden: true }, { id: 'other' })).toBeUndefined();
  });
});
