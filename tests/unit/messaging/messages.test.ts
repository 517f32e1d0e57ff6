// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../src/messaging/messages';

describe('parseMessage', () => {
  it('accepts a page status with a match or with none', () => {
    const match = { site: 'jlis', page: 'jlis-top', step: null, lang: 'ja' };
    expect(parseMessage({ type: 'page-status', match })).toEqual({ type: 'page-status', match });
    expect(parseMessage({ type: 'page-status', match: null })).toEqual({ type: 'page-status', match: null });
  });

  it('drops extra fields instead of passing them on', () => {
    const parsed = parseMessage({ type: 'page-status', match: { site: 'jlis', page: 'jlis-top', step: null, lang: 'ja', html: '<b>' }, x: 1 });
    expect(parsed).toEqual({ type: 'page-status', match: { site: 'jlis', page: 'jlis-top', step: null, lang: 'ja' } });
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'page-status'],
    ['an unknown type', { type: 'fetch', url: 'https://example.com/' }],
    ['a missing match', { type: 'page-status' }],
    ['an unknown site', { type: 'page-status', match: { site: 'evil', page: 'x', step: null, lang: 'ja' } }],
    ['a page id with markup', { type: 'page-status', match: { site: 'jlis', page: '<img>', step: null, lang: 'ja' } }],
    ['an unknown journey step', { type: 'page-status', match: { site: 'jlis', page: 'jlis-top', step: 'teleport', lang: 'ja' } }],
    ['an unknown language', { type: 'page-status', match: { site: 'jlis', page: 'jlis-top', step: null, lang: 'klingon' } }],
  ])('rejects %s', (_what, raw) => {
    expect(parseMessage(raw)).toBeNull();
  });
});
