// @vitest-environment node
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../support/paths';
import { englishResources } from '../../../src/i18n/resources';
import { SITE_INFO } from '../../../src/sites/site-info';

function leaves(node: unknown, prefix = ''): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

describe('English resources', () => {
  it('are loaded for every namespace file in locales/en', () => {
    const files = readdirSync(path.join(ROOT, 'locales/en')).filter((f) => f.endsWith('.json'));
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual(Object.keys(englishResources).sort());
  });

  it('have no empty strings, and only {{variable}} and {{variable, number}} placeholders', () => {
    for (const [ns, tree] of Object.entries(englishResources)) {
      for (const [key, value] of leaves(tree)) {
        expect(value.trim(), `${ns}:${key}`).not.toBe('');
        // Nesting and other formatters are i18next features the content-script translator does not read.
        expect(value, `${ns}:${key}`).not.toMatch(/\$t\(/);
        for (const [placeholder] of value.matchAll(/\{\{[^}]*\}\}/g)) expect(placeholder, `${ns}:${key}`).toMatch(/^\{\{\w+(, number)?\}\}$/);
      }
    }
  });

  it('write no fee, size or pixel count as digits: each language’s number format writes them', () => {
    for (const [ns, tree] of Object.entries(englishResources)) {
      for (const [key, value] of leaves(tree)) {
        // "1,000", "4.5", "6000": a number the texts would fix in one format. Versions (iOS 18.5) are no amount.
        const amounts = value.replace(/iOS \d+\.\d+/g, '').match(/\d[\d,]*\.\d+|\d{1,3}(,\d{3})+|\d{4,}(?=\s?(yen|pixels|px|points))|¥\s?\d+/g);
        expect(amounts, `${ns}:${key}`).toBeNull();
      }
    }
  });

  it('name and describe every site the banner knows', () => {
    const sites = englishResources.sites as Record<string, unknown>;
    for (const [site, info] of Object.entries(SITE_INFO)) {
      const entry = sites[site] as Record<string, string> | undefined;
      expect(entry?.name, site).toBeTruthy();
      expect(entry?.operator, site).toBeTruthy();
      expect(entry?.summary, site).toBeTruthy();
      expect(info.sources.length, site).toBeGreaterThan(0);
    }
  });
});
