// @vitest-environment node
import { describe, expect, it } from 'vitest';
import englishTerms from '../../../locales/en/terms.json';
import { isSourceKey, SOURCES } from '../../../src/knowledge/sources';
import { TERMS } from '../../../src/knowledge/terms';
import { OFFICIAL_SCOPES } from '../../../src/sites/official-hosts';
import { SITE_INFO } from '../../../src/sites/site-info';
import { normalizeForMatch } from '../../../src/terms/normalize';

const texts = englishTerms as Record<string, { name?: string; explanation?: string }>;
const known = { size: Object.keys(SOURCES).length, has: isSourceKey };
const NO_ENTRY = 'has no entry in src/knowledge/sources';

describe('the terms', () => {
  it('number at least 400, with unique ids', () => {
    expect(TERMS.length).toBeGreaterThanOrEqual(400);
    expect(new Set(TERMS.map((t) => t.id)).size).toBe(TERMS.length);
  });

  it('each have an English name and a one-to-three-sentence explanation, and nothing else is in the file', () => {
    expect(Object.keys(texts).sort()).toEqual(TERMS.map((t) => t.id).sort());
    for (const term of TERMS) {
      const text = texts[term.id];
      expect(text?.name?.trim(), term.id).toBeTruthy();
      expect(text?.explanation?.trim(), term.id).toBeTruthy();
      const sentences = text!.explanation!.split(/(?<=[.!?])\s+(?=[A-Z0-9“"(])/).length;
      expect(sentences, `${term.id}: ${text!.explanation}`).toBeLessThanOrEqual(3);
    }
  });

  it('each carry sources with an entry in the registry, also for an official English name', () => {
    expect(known.size).toBeGreaterThan(100);
    for (const term of TERMS) {
      expect(term.sources.length, term.id).toBeGreaterThan(0);
      for (const key of term.sources) expect(known.has(key), `${term.id}: ${key} ${NO_ENTRY}`).toBe(true);
      if (term.english.kind === 'official') {
        expect(term.english.sources.length, term.id).toBeGreaterThan(0);
        for (const key of term.english.sources) expect(known.has(key), `${term.id}: ${key} ${NO_ENTRY}`).toBe(true);
      }
    }
  });

  it('never let two terms claim the same form, once normalized', () => {
    const owner = new Map<string, string>();
    for (const term of TERMS) {
      expect(term.forms.length, term.id).toBeGreaterThan(0);
      for (const form of term.forms) {
        const key = normalizeForMatch(form);
        expect(key.length, `${term.id}: ${form}`).toBeGreaterThan(1);
        const previous = owner.get(key);
        expect(previous === undefined || previous === term.id, `${form}: ${previous} and ${term.id}`).toBe(true);
        owner.set(key, term.id);
      }
    }
  });

  it('have a reading in hiragana, romaji in Latin letters, and related terms that exist', () => {
    const ids = new Set(TERMS.map((t) => t.id));
    for (const term of TERMS) {
      expect(term.reading, term.id).toMatch(/^[\u3041-\u309f\u30fc・ \u3000A-Za-z0-9ー…-]+$/u);
      expect(term.romaji, term.id).toMatch(/^[A-Za-zāīūēōĀĪŪĒŌ' ,.()/-]+$/u);
      for (const related of term.related) expect(ids.has(related), `${term.id} → ${related}`).toBe(true);
      expect(term.related, term.id).not.toContain(term.id);
    }
  });
});

describe('other knowledge data', () => {
  it('cites only sources with an entry in the registry', () => {
    for (const scope of OFFICIAL_SCOPES) for (const key of scope.sources) expect(known.has(key), `${scope.host}: ${key} ${NO_ENTRY}`).toBe(true);
    for (const [site, info] of Object.entries(SITE_INFO)) for (const key of info.sources) expect(known.has(key), `${site}: ${key} ${NO_ENTRY}`).toBe(true);
  });
});
