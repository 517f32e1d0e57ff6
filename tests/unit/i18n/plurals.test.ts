// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/i18n/languages';
import { ROOT } from '../../support/paths';

/**
 * The numbers above 1 that a language's CLDR "one" category takes (Filipino: 2, 3, 5, 7, 8 …). Zero is
 * left out: no plural text is shown for nothing (no alert, no problem, no copy kept aside).
 */
function oneBesidesOne(language: string): number[] {
  const rules = new Intl.PluralRules(language);
  return Array.from({ length: 30 }, (_, n) => n).filter((n) => n > 1 && rules.select(n) === 'one');
}

/** Every `…_one` text of a language, by file and key. */
function oneTexts(language: string): [string, string][] {
  const dir = path.join(ROOT, 'locales', language);
  const found: [string, string][] = [];
  const walk = (file: string, value: unknown, key: string) => {
    if (typeof value === 'string') {
      if (key.endsWith('_one')) found.push([`${file}: ${key}`, value]);
    } else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) walk(file, v, key === '' ? k : `${key}.${k}`);
    }
  };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) walk(file, JSON.parse(readFileSync(path.join(dir, file), 'utf8')), '');
  return found;
}

describe('plural texts', () => {
  it('know which languages say "one" of other numbers too', () => {
    expect(oneBesidesOne('fil')).toContain(2);
    expect(oneBesidesOne('en')).toEqual([]);
    expect(oneBesidesOne('pt-BR')).toEqual([]);
  });

  it.each(LANGUAGES.filter((language) => oneBesidesOne(language).length > 0))(
    '%s: a "one" text that also stands for 2, 3, 5 … says the number',
    (language) => {
      const texts = oneTexts(language);
      expect(texts.length).toBeGreaterThan(0);
      for (const [where, text] of texts) expect(text, where).toContain('{{count}}');
    },
  );
});
