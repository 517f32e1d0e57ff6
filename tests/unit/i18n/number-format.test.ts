// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n/create-i18n';
import { LANGUAGES } from '../../../src/i18n/languages';
import { englishResources, type LanguageResources, type TKey } from '../../../src/i18n/resources';
import { createTranslator } from '../../../src/i18n/translate';
import { ROOT } from '../../support/paths';

const resourcesOf = (language: string): LanguageResources =>
  Object.fromEntries(
    (['journey', 'fields', 'reminders'] as const).map((ns) => [ns, JSON.parse(readFileSync(path.join(ROOT, 'locales', language, `${ns}.json`), 'utf8'))]),
  ) as LanguageResources;

/** How each language writes a thousand and four and a half: its own separators, Western digits. */
const EXPECTED: Record<(typeof LANGUAGES)[number], { thousand: string; decimal: string }> = {
  en: { thousand: '1,000', decimal: '4.5' },
  'zh-Hans': { thousand: '1,000', decimal: '4.5' },
  'zh-Hant': { thousand: '1,000', decimal: '4.5' },
  ko: { thousand: '1,000', decimal: '4.5' },
  vi: { thousand: '1.000', decimal: '4,5' },
  fil: { thousand: '1,000', decimal: '4.5' },
  ne: { thousand: '1,000', decimal: '4.5' },
  'pt-BR': { thousand: '1.000', decimal: '4,5' },
  id: { thousand: '1.000', decimal: '4,5' },
  th: { thousand: '1,000', decimal: '4.5' },
  // Spanish groups only from five digits: 1000, but 20.000.
  es: { thousand: '1000', decimal: '4,5' },
};

describe('numbers in each language’s format', () => {
  it.each(LANGUAGES)('%s: fees, sizes and pixels in its own format, the same from both translators', (language) => {
    const resources = resourcesOf(language);
    const ours = createTranslator(language, resources, englishResources);
    const i18next = createI18n(englishResources);
    return i18next.use(language, resources).then(() => {
      const fee = ours.t('journey:pitfalls.move-lapse');
      const photo = ours.t('journey:methods.mail.what');
      expect(fee).toContain(EXPECTED[language].thousand);
      expect(photo).toContain(EXPECTED[language].decimal);
      expect(fee).not.toMatch(/\{\{/);
      for (const key of ['journey:pitfalls.move-lapse', 'journey:methods.mail.what', 'journey:pitfalls.photo-rules', 'reminders:reminders.photo-format'] as TKey[]) {
        expect(ours.t(key), key).toBe(i18next.t(key));
      }
      // A measured photo: its pixel counts too.
      const size = { width: 4000, height: 3000, size: '2 MB' };
      expect(ours.t('fields:photo.dimensions_pass' as TKey, size)).toBe(i18next.t('fields:photo.dimensions_pass' as TKey, size));
    });
  });

  it('writes Western digits in Nepali, as its texts do, and groups twenty thousand in Spanish', () => {
    const nepali = createTranslator('ne', resourcesOf('ne'), englishResources);
    expect(nepali.t('journey:pitfalls.move-lapse')).not.toMatch(/[०-९]/);
    const spanish = createTranslator('es', { common: { points: '{{mynaPointMax, number}}' } } as LanguageResources, englishResources);
    expect(spanish.t('common:points' as TKey)).toBe('20.000');
  });
});
