// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../../src/i18n/create-i18n';
import { englishResources, type LanguageResources, type TKey } from '../../../src/i18n/resources';
import { createTranslator } from '../../../src/i18n/translate';

function leafKeys(node: unknown, prefix: string): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    leafKeys(value, prefix.endsWith(':') ? `${prefix}${key}` : `${prefix}.${key}`),
  );
}

const allKeys = Object.entries(englishResources).flatMap(([ns, tree]) => leafKeys(tree, `${ns}:`));
const sampleVars = { name: 'Alex', operator: 'J-LIS', message: 'disk full', count: 2 };

describe('content-script translator', () => {
  it.each(allKeys)('reads %s exactly as i18next does', (key) => {
    const ours = createTranslator('en', englishResources);
    const theirs = createI18n(englishResources);
    expect(ours.t(key as TKey, sampleVars)).toBe(theirs.t(key as TKey, sampleVars));
  });

  it('chooses plural forms like i18next', () => {
    const resources: LanguageResources = { common: { item_one: '{{count}} item', item_other: '{{count}} items' } };
    const ours = createTranslator('en', resources);
    const theirs = createI18n(resources);
    for (const count of [0, 1, 2, 21]) {
      expect(ours.t('common:item' as TKey, { count })).toBe(theirs.t('common:item' as TKey, { count }));
    }
    expect(ours.t('common:item' as TKey, { count: 1 })).toBe('1 item');
  });

  it('falls back to English, then to the key', () => {
    const translator = createTranslator('xx', { common: { close: 'Fermer' } }, englishResources);
    expect(translator.t('common:close')).toBe('Fermer');
    expect(translator.t('common:productName')).toBe('MyNa Guide');
    expect(translator.t('common:nothing.here' as TKey)).toBe('nothing.here');
  });

  it('leaves a placeholder visible when its variable is missing, as i18next does', () => {
    const resources: LanguageResources = { common: { hello: 'Hello {{name}}' } };
    expect(createTranslator('en', resources).t('common:hello' as TKey)).toBe(createI18n(resources).t('common:hello' as TKey));
  });

  it('tells listeners when the language changes, until they unsubscribe', () => {
    const translator = createTranslator('en', englishResources);
    const listener = vi.fn();
    const unsubscribe = translator.onChange(listener);
    translator.setLanguage('xx', { common: { close: 'Fermer' } });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(translator.language).toBe('xx');
    expect(translator.t('common:close')).toBe('Fermer');
    unsubscribe();
    translator.setLanguage('en', englishResources);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
