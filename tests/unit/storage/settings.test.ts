import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, loadSettings, parseSettings, saveSettings, watchSettings } from '../../../src/storage/settings';

describe('settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('start from the defaults and store nothing until the user chooses', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('keep what the user saved', async () => {
    await saveSettings({ showOnPages: false });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, showOnPages: false });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: { ...DEFAULT_SETTINGS, showOnPages: false } });
  });

  it.each([
    ['a string', 'yes'],
    ['an array', [true]],
    ['a mistyped field', { showOnPages: 'no' }],
    ['null', null],
  ])('read %s as the defaults instead of failing', async (_what, stored) => {
    await fakeBrowser.storage.local.set({ settings: stored });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('ignore fields they do not know', () => {
    expect(parseSettings({ showOnPages: false, surprise: 1 })).toEqual({ ...DEFAULT_SETTINGS, showOnPages: false });
  });

  it('tell watchers about changes from any context', async () => {
    const onChange = vi.fn();
    const stop = watchSettings(onChange);
    await saveSettings({ showOnPages: false });
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, showOnPages: false }));
    stop();
  });
});
