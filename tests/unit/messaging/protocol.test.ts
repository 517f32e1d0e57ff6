import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ask, askTab, parsePageMatch, parseRemindersReply, parseRequest, TO_BACKGROUND, TO_TAB } from '../../../src/messaging/protocol';
import { SITE_DETECTORS } from '../../../src/sites/registry';

const match = { site: 'jlis', page: 'jlis-top', lang: 'ja' };

describe('the protocol table: requests', () => {
  it('accepts a page status with a match or with none', () => {
    expect(parseRequest(TO_BACKGROUND, { type: 'page-status', match })).toEqual({ type: 'page-status', match });
    expect(parseRequest(TO_BACKGROUND, { type: 'page-status', match: null })).toEqual({ type: 'page-status', match: null });
  });

  it('drops extra fields instead of passing them on', () => {
    const parsed = parseRequest(TO_BACKGROUND, { type: 'page-status', match: { ...match, html: '<b>' }, x: 1 });
    expect(parsed).toEqual({ type: 'page-status', match });
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'page-status'],
    ['an array', [{ type: 'page-status', match: null }]],
    ['an unknown type', { type: 'fetch', url: 'https://example.com/' }],
    ['a type inherited from Object', { type: 'toString' }],
    ['a missing match', { type: 'page-status' }],
    ['an unknown site', { type: 'page-status', match: { site: 'evil', page: 'jlis-top', lang: 'ja' } }],
    ['a page id with markup', { type: 'page-status', match: { site: 'jlis', page: '<img>', lang: 'ja' } }],
    ['a well-formed page id that no site reports', { type: 'page-status', match: { site: 'jlis', page: 'jlis-nowhere', lang: 'ja' } }],
    ['an unknown language', { type: 'page-status', match: { site: 'jlis', page: 'jlis-top', lang: 'klingon' } }],
    ['texts without namespaces', { type: 'get-texts', namespaces: [], language: 'en' }],
    ['texts of a namespace the page does not show', { type: 'get-texts', namespaces: ['journey'], language: 'en' }],
    ['terms in an unknown language', { type: 'get-terms', language: 'xx' }],
    ['a step that is not on the checklist', { type: 'set-step', step: 'rm -rf', done: true }],
  ])('rejects %s', (_what, raw) => {
    expect(parseRequest(TO_BACKGROUND, raw)).toBeNull();
  });

  it('keeps the two directions apart: a tab does not take the background’s requests, nor the other way round', () => {
    expect(parseRequest(TO_TAB, { type: 'get-page' })).toEqual({ type: 'get-page' });
    expect(parseRequest(TO_BACKGROUND, { type: 'get-page' })).toBeNull();
    expect(parseRequest(TO_TAB, { type: 'get-terms', language: 'en' })).toBeNull();
    expect(parseRequest(TO_TAB, { type: 'toggle-terms-panel', extra: 1 })).toEqual({ type: 'toggle-terms-panel' });
  });

  it('knows every page id the site definitions report, and no other', () => {
    for (const detector of SITE_DETECTORS) {
      for (const page of detector.pages) expect(parsePageMatch({ site: detector.site, page, lang: 'en' }), page).toEqual({ site: detector.site, page, lang: 'en' });
    }
    expect(parsePageMatch({ site: 'jlis', page: 'JLIS-TOP', lang: 'ja' })).toBeUndefined();
  });
});

describe('the protocol table: replies', () => {
  it('takes texts only when every namespace asked for is a whole tree of strings', () => {
    const request = { namespaces: ['common' as const, 'overlay' as const], language: 'en' as const };
    const route = TO_BACKGROUND['get-texts'];
    const texts = (trees: unknown, language: unknown = 'en') => ({ language, texts: trees });
    expect(route.reply(texts({ common: { a: 'A' }, overlay: { b: { c: 'C' } }, extra: { d: 'D' } }), request)).toEqual(
      texts({ common: { a: 'A' }, overlay: { b: { c: 'C' } } }),
    );
    expect(route.reply(texts({ common: { a: 'A' } }), request)).toBeNull();
    expect(route.reply(texts({ common: { a: 'A' }, overlay: { b: 1 } }), request)).toBeNull();
    expect(route.reply(null, request)).toBeNull();
    // Texts in another language than the one asked for are not taken; asked for none, any language is.
    expect(route.reply(texts({ common: {}, overlay: {} }, 'ko'), request)).toBeNull();
    expect(route.reply(texts({ common: {}, overlay: {} }, 'ko'), { ...request, language: null })).toEqual(texts({ common: {}, overlay: {} }, 'ko'));
    expect(route.reply(texts({ common: {}, overlay: {} }, 'klingon'), { ...request, language: null })).toBeNull();
    expect(parseRequest(TO_BACKGROUND, { type: 'get-texts', namespaces: ['common'], language: null })).toEqual({ type: 'get-texts', namespaces: ['common'], language: null });
  });

  it('takes reminders only of a known kind, an offer only of a checklist step, and counter links of a visit id', () => {
    expect(parseRemindersReply({ reminders: [{ id: 'pickup-bring', kind: 'before', x: 1 }], offer: null, counter: [] })).toEqual({
      reminders: [{ id: 'pickup-bring', kind: 'before' }],
      offer: null,
      counter: [],
    });
    expect(parseRemindersReply({ reminders: [], offer: { step: 'apply', done: false }, counter: [] })).toEqual({ reminders: [], offer: { step: 'apply', done: false }, counter: [] });
    expect(parseRemindersReply({ reminders: [{ id: 'x', kind: 'shout' }], offer: null, counter: [] })).toBeNull();
    expect(parseRemindersReply({ reminders: [], offer: { step: 'nowhere', done: false }, counter: [] })).toBeNull();
    expect(parseRemindersReply({ reminders: [], offer: 'apply', counter: [] })).toBeNull();
    expect(parseRemindersReply({ reminders: [], counter: [] })).toBeNull();
    expect(parseRemindersReply({ reminders: [], offer: null })).toBeNull();
    const pickup = { visit: 'pickup', procedure: 'マイナンバーカードの交付' };
    expect(parseRemindersReply({ reminders: [], offer: null, counter: [{ ...pickup, x: 1 }] })?.counter).toEqual([pickup]);
    expect(parseRemindersReply({ reminders: [], offer: null, counter: [{ visit: '../popup.html', procedure: 'x' }] })).toBeNull();
    expect(parseRemindersReply({ reminders: [], offer: null, counter: [pickup, pickup, pickup, pickup, pickup] })).toBeNull();
  });

  it('opens only a counter card named by a plain visit id', () => {
    expect(parseRequest(TO_BACKGROUND, { type: 'open-counter', visit: 'pickup' })).toEqual({ type: 'open-counter', visit: 'pickup' });
    expect(parseRequest(TO_BACKGROUND, { type: 'open-counter', visit: 'pickup&view=show' })).toBeNull();
    expect(parseRequest(TO_BACKGROUND, { type: 'open-counter', visit: 'https://example.com/' })).toBeNull();
  });

  it('takes the page a tab reports, and refuses anything else', () => {
    const route = TO_TAB['get-page'];
    expect(route.reply({ match }, {})).toEqual({ match });
    expect(route.reply({ match: null }, {})).toEqual({ match: null });
    expect(route.reply({ match: { ...match, page: 'jlis-nowhere' } }, {})).toBeNull();
    expect(route.reply(undefined, {})).toBeNull();
  });
});

describe('ask and askTab', () => {
  afterEach(() => vi.restoreAllMocks());

  it('send the request as one flat message and check the reply before it is used', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValueOnce({ done: true }).mockResolvedValueOnce({ done: 'yes' });
    expect(await ask('set-step', { step: 'apply', done: true })).toEqual({ done: true });
    expect(send).toHaveBeenLastCalledWith({ type: 'set-step', step: 'apply', done: true });
    expect(await ask('set-step', { step: 'apply', done: true })).toBeNull();
  });

  it('give null when nobody answers', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist'));
    expect(await ask('get-terms', { language: 'en' })).toBeNull();
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection'));
    expect(await askTab(5, 'get-page', {})).toBeNull();
  });

  it('hear a tab’s answer only in its exact shape', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValueOnce({ match }).mockResolvedValueOnce({ type: 'page-status', match: 'jlis' });
    expect(await askTab(5, 'get-page', {})).toEqual({ match });
    expect(send).toHaveBeenLastCalledWith(5, { type: 'get-page' });
    expect(await askTab(5, 'get-page', {})).toBeNull();
  });
});
