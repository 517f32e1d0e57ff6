import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';

describe('the background on Firefox for Android', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('starts and answers the pages without the commands API, which Firefox for Android lacks', async () => {
    const commands = Object.getOwnPropertyDescriptor(fakeBrowser, 'commands');
    Object.defineProperty(fakeBrowser, 'commands', { value: undefined, configurable: true });
    const heard = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    try {
      expect(() => background.main()).not.toThrow();
      // The pages' messages are still heard: the texts a page asks for come back.
      expect(heard).toHaveBeenCalledTimes(1);
      const listener = heard.mock.calls[0]![0] as (message: unknown, sender: object) => Promise<unknown>;
      const reply = await listener({ type: 'get-texts', namespaces: ['common'], language: 'en' }, { id: fakeBrowser.runtime.id });
      expect(reply).toMatchObject({ language: 'en', texts: { common: { productName: 'MyNa Guide' } } });
    } finally {
      if (commands) Object.defineProperty(fakeBrowser, 'commands', commands);
    }
  });

  it('listens for the terms panel shortcut where the browser has commands', () => {
    const listen = vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
    background.main();
    expect(listen).toHaveBeenCalledTimes(1);
  });
});
