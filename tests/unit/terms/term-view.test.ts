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
      { id: 'pin', forms: ['暗証番号'], reading: 'あんしょうばんごう', romaji: 'anshō bangō', officialBy: 'jlis', related: [], name: 'PIN', explanation: 'A code.', english: 'PIN', sources: [0] },
      { id: 'lock', forms: ['ロック'], reading: 'ろっく', romaji: 'rokku', officialBy: null, related: ['pin'], name: 'Lock', explanation: 'Locked.', english: 'Lock', sources: [1] },
    ]);
  });

  it('names each term’s sources once in the payload: publisher, kind, day checked and address', () => {
    const payload = buildTermsPayload('en', data, english, english);
    expect(payload.sources).toEqual([
      { publisher: 'J-LIS', kind: 'official', checked: '2026-11', url: 'https://www.kojinbango-card.go.jp/en/' },
      { publisher: 'Inagi City', kind: 'municipal', checked: '2026-11', url: 'https://www.city.inagi.tokyo.jp/en/kurashi/tetsuzuki/1002613/1002622/1002631.html' },
    ]);
    // A source a tampered payload sends with a script address is dropped, and so is the term's pointer to it.
    const tampered = { ...payload, sources: [{ ...payload.sources[0], url: 'javascript:alert(1)' }, payload.sources[1]] };
    expect(parseTermsPayload(tampered)?.terms.map((t) => t.sources)).toEqual([[], [1]]);
  });

  it('writes the fees and sizes of an explanation in the language’s number format', () => {
    const texts = { pin: { name: 'PIN', explanation: 'Costs {{reissueFee, number}} yen; photo {{photoHeightCm, number}} cm.' } };
    expect(buildTermsPayload('en', data, texts, english).terms[0]!.explanation).toBe('Costs 1,000 yen; photo 4.5 cm.');
    expect(buildTermsPayload('pt-BR', data, texts, english).terms[0]!.explanation).toBe('Costs 1.000 yen; photo 4,5 cm.');
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
