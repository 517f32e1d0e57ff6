// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildTermsPayload } from '../../../src/terms/build-terms-payload';
import { parseTermsPayload } from '../../../src/terms/term-view';
import type { TermData } from '../../../src/knowledge/terms/types';

const data: TermData[] = [
  { id: 'pin', forms: ['暗証番号'], reading: 'あんしょうばんごう', romaji: 'anshō bangō', english: { kind: 'official', by: 'jlis', sources: ['S1'] }, related: [], sources: ['S1'] },
  { id: 'lock', forms: ['ロック'], reading: 'ろっく', romaji: 'rokku', english: { kind: 'ours' }, related: ['pin'], sources: ['S95'] },
];
const english = { pin: { name: 'PIN', explanation: 'A code.' }, lock: { name: 'Lock', explanation: 'Locked.' } };

describe('terms payload', () => {
  it('joins data and texts, naming who gave the English', () => {
    const payload = buildTermsPayload('en', data, english, english);
    expect(payload.terms).toEqual([
      { id: 'pin', forms: ['暗証番号'], reading: 'あんしょうばんごう', romaji: 'anshō bangō', officialBy: 'jlis', related: [], name: 'PIN', explanation: 'A code.', english: 'PIN' },
      { id: 'lock', forms: ['ロック'], reading: 'ろっく', romaji: 'rokku', officialBy: null, related: ['pin'], name: 'Lock', explanation: 'Locked.', english: 'Lock' },
    ]);
  });

  it('falls back to English for a term a language has not translated', () => {
    const payload = buildTermsPayload('xx', data, { pin: { name: 'PIN-xx', explanation: 'x' } }, english);
    expect(payload.terms.map((t) => t.name)).toEqual(['PIN-xx', 'Lock']);
    // The English name travels with each term, to be shown beside a translated official name.
    expect(payload.terms.map((t) => t.english)).toEqual(['PIN', 'Lock']);
  });

  it('survives its trip between contexts, and drops malformed entries', () => {
    const payload = buildTermsPayload('en', data, english, english);
    expect(parseTermsPayload(JSON.parse(JSON.stringify(payload)))).toEqual(payload);
    const tampered = { language: 'en', terms: [...payload.terms, { id: '<script>', forms: ['x'] }, { ...payload.terms[0], officialBy: 'someone' }] };
    expect(parseTermsPayload(tampered)?.terms).toHaveLength(2);
    expect(parseTermsPayload('nope')).toBeNull();
    expect(parseTermsPayload({ language: 'en' })).toBeNull();
  });
});
