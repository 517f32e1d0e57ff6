// @vitest-environment node
import { describe, expect, it } from 'vitest';
import englishTerms from '../../../locales/en/terms.json';
import portugueseTerms from '../../../locales/pt-BR/terms.json';
import { interpolate } from '../../../src/i18n/translate';
import { FACT_NUMBERS } from '../../../src/knowledge/numbers';
import { TERMS } from '../../../src/knowledge/terms';

/** The explanations as users read them, with the numbers written out. */
const read = (raw: unknown, language: string) =>
  Object.fromEntries(Object.entries(raw as Record<string, { explanation: string }>).map(([id, text]) => [id, { explanation: interpolate(text.explanation, undefined, language) }]));
const texts = read(englishTerms, 'en');
const sourcesOf = (id: string) => TERMS.find((term) => term.id === id)!.sources;

/** domain.md §8b.7: normal renewal is free, even after the date; ¥1,000 is for loss, own-fault damage or a lapse. */
describe('the fees the glossary states', () => {
  it('never charge for a new card at the normal expiry, and say it is free also after the date', () => {
    const reissue = texts['reissue-fee']!.explanation;
    expect(reissue).toMatch(/normal expiry is free, even if you apply after the date/);
    expect(reissue).not.toMatch(/letting it expire/);
    expect(texts.fee!.explanation).toMatch(/renewal at the normal expiry are free/);
    expect(sourcesOf('reissue-fee')).toEqual(expect.arrayContaining(['S162', 'S163']));
  });

  it('charge 1,000 yen (800 + 200) for loss, damage or a lapsed card, and 2,000 (1,800) for expedited reissue', () => {
    const reissue = texts['reissue-fee']!.explanation;
    expect(reissue).toContain('1,000 yen (800 for the card, 200 for the certificates)');
    expect(reissue).toMatch(/losing or damaging it, or when it lapsed/);
    expect(reissue).toContain('2,000 yen (1,800 yen without the certificates)');
    expect(texts['card-reissue']!.explanation).toContain('¥1,000 (¥800 for the card, ¥200 for the certificates)');
  });

  it('keep the fees in one place, written in each language’s own format', () => {
    expect(FACT_NUMBERS).toMatchObject({ reissueFee: 1000, reissueCardFee: 800, reissueCertFee: 200, expeditedFee: 2000, expeditedCardFee: 1800 });
    expect(englishTerms['reissue-fee'].explanation).toContain('{{reissueFee, number}}');
    expect(read(portugueseTerms, 'pt-BR')['reissue-fee']!.explanation).toMatch(/1\.000/);
    expect(read(portugueseTerms, 'pt-BR')['reissue-fee']!.explanation).not.toMatch(/1,000/);
  });
});
