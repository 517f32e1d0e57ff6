import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { englishResources } from '../../../src/i18n/resources';
import { resolveLanguage } from '../../../src/i18n/languages';
import { loadResources } from '../../../src/i18n/locale-files';
import { saveSettings } from '../../../src/storage/settings';
import { createTranslator } from '../../../src/i18n/translate';
import { handleCommand, handleRuntimeMessage, TOGGLE_TERMS_COMMAND } from '../../../src/messaging/background-handlers';
import { TERMS } from '../../../src/knowledge/terms';
import { parseTermsPayload } from '../../../src/terms/term-view';

const i18n = createTranslator('en', englishResources);
const ours = () => ({ id: fakeBrowser.runtime.id, tab: { id: 3 } });

describe('background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('serves every term with its English text to our content scripts', async () => {
    const payload = parseTermsPayload(await handleRuntimeMessage(i18n, { type: 'get-terms', language: 'en' }, ours()));
    expect(payload?.terms).toHaveLength(TERMS.length);
    expect(payload?.terms.every((t) => t.name !== t.id && t.explanation.length > 0)).toBe(true);
  });

  it('serves the page texts in the language asked for, complete, each namespace whole', async () => {
    const { language, texts: reply } = (await handleRuntimeMessage(i18n, { type: 'get-texts', namespaces: ['common', 'reminders'], language: 'en' }, ours())) as {
      language: string;
      texts: Record<string, unknown>;
    };
    expect(language).toBe('en');
    expect(Object.keys(reply)).toEqual(['common', 'reminders']);
    expect(reply.common).toEqual(englishResources.common);
    expect(reply.reminders).toEqual(englishResources.reminders);
    // Only the namespaces the page shows: never the popup's or the options page's.
    expect(handleRuntimeMessage(i18n, { type: 'get-texts', namespaces: ['options'], language: 'en' }, ours())).toBeUndefined();
  });

  it('answers in the language the user chose when the page names none, and says which', async () => {
    const ask = () => handleRuntimeMessage(i18n, { type: 'get-texts', namespaces: ['common'], language: null }, ours()) as Promise<{ language: string; texts: { common: Record<string, string> } }>;
    expect((await ask()).language).toBe(resolveLanguage(null, navigator.languages));
    await saveSettings({ language: 'ko' });
    const korean = await ask();
    expect(korean.language).toBe('ko');
    expect(korean.texts.common.close).toBe(((await loadResources('ko', ['common'])).common as Record<string, string>).close);
    expect(korean.texts.common.close).not.toBe(englishResources.common.close);
  });

  it('opens a counter card in a new tab for a visit it knows, and nothing else', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({ id: 9 } as never);
    expect(await handleRuntimeMessage(i18n, { type: 'open-counter', visit: 'pickup' }, ours())).toEqual({ ok: true });
    expect(create).toHaveBeenCalledOnce();
    expect(create.mock.calls[0]![0]).toEqual({ url: fakeBrowser.runtime.getURL('/counter.html?visit=pickup') });
    expect(await handleRuntimeMessage(i18n, { type: 'open-counter', visit: 'no-such-visit' }, ours())).toEqual({ ok: false });
    expect(create).toHaveBeenCalledOnce();
  });

  it('ignores other senders and unknown messages', () => {
    expect(handleRuntimeMessage(i18n, { type: 'get-terms', language: 'en' }, { id: 'another-extension' })).toBeUndefined();
    expect(handleRuntimeMessage(i18n, { type: 'get-terms', language: 'klingon' }, ours())).toBeUndefined();
    expect(handleRuntimeMessage(i18n, { type: 'eval', code: '1' }, ours())).toBeUndefined();
  });

  it('relays the keyboard shortcut to the current tab, and nothing else', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 9, index: 0, active: true } as never]);
    const tab = { id: 9 };
    const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await handleCommand('something-else');
    expect(sendMessage).not.toHaveBeenCalled();
    await handleCommand(TOGGLE_TERMS_COMMAND);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(sendMessage).toHaveBeenCalledWith(tab.id, { type: 'toggle-terms-panel' });
  });

  it('does not fail when the tab has no content script', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 4, index: 0, active: true } as never]);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection'));
    await expect(handleCommand(TOGGLE_TERMS_COMMAND)).resolves.toBeUndefined();
  });
});

describe('background answers on the hot path', () => {
  it('builds each language’s texts and terms once, and answers every page with equal data', async () => {
    const ask = () => handleRuntimeMessage(i18n, { type: 'get-texts', namespaces: ['common', 'overlay'], language: 'ko' }, { id: fakeBrowser.runtime.id, tab: { id: 1 } });
    const [first, second] = (await Promise.all([ask(), ask()])) as { texts: { common: { productName: string } } }[];
    expect(first!.texts).toBe(second!.texts);
    expect(first!.texts.common.productName).toBe('MyNa Guide');
    const terms = () => handleRuntimeMessage(i18n, { type: 'get-terms', language: 'ko' }, { id: fakeBrowser.runtime.id });
    expect(await terms()).toBe(await terms());
    expect(await terms()).not.toBe(await handleRuntimeMessage(i18n, { type: 'get-terms', language: 'es' }, { id: fakeBrowser.runtime.id }));
  });
});
