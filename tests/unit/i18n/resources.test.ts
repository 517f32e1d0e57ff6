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

  it('have no empty strings and only {{variable}} placeholders', () => {
    for (const [ns, tree] of Object.entries(englishResources)) {
      for (const [key, value] of leaves(tree)) {
        expect(value.trim(), `${ns}:${key}`).not.toBe('');
        // Nesting and formatters are i18next features the content-script translator does not read.
        expect(value, `${ns}:${key}`).not.toMatch(/\$t\(|\{\{[^}]*,[^}]*\}\}/);
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
