import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths';

const LOCALES = path.join(ROOT, 'locales');
/** Every `{{…}}` in a text, whatever is written inside: a translated or formatted name is a different variable. */
const variables = (text: string) => new Set([...text.matchAll(/\{\{([^}]*)\}\}/g)].map((m) => m[1]!.trim()));

const NOT_A_STRING = '\u0000not a string';

function leaves(node: unknown, prefix = ''): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]];
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return [[prefix, NOT_A_STRING]];
  return Object.entries(node).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

export const namespaceFiles = (root = LOCALES): string[] => readdirSync(path.join(root, 'en')).filter((f) => f.endsWith('.json'));

/**
 * Every problem of one language against English: a missing namespace or key, an empty string, a
 * `{{variable}}` English does not use, a key English does not have. English plural keys (`_one`,
 * `_other`) stand for the language's own plural categories, as i18next reads them.
 */
export function localeProblems(language: string, root = LOCALES): string[] {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const problems: string[] = [];
  for (const file of namespaceFiles(root)) {
    const target = path.join(root, language, file);
    if (!existsSync(target)) {
      problems.push(`${file}: missing`);
      continue;
    }
    const english = new Map<string, string>();
    for (const [key, text] of leaves(JSON.parse(readFileSync(path.join(root, 'en', file), 'utf8')))) {
      const plural = /^(.*)_(zero|one|two|few|many|other)$/.exec(key);
      if (plural) for (const category of categories) english.set(`${plural[1]}_${category}`, text);
      else english.set(key, text);
    }
    const translated = new Map(leaves(JSON.parse(readFileSync(target, 'utf8'))));
    for (const [key, text] of english) {
      const value = translated.get(key);
      if (value === undefined) problems.push(`${file}: ${key} is missing`);
      else if (value === NOT_A_STRING) problems.push(`${file}: ${key} is not a string`);
      else if (value.trim() === '') problems.push(`${file}: ${key} is empty`);
      else {
        const allowed = variables(text);
        for (const name of variables(value)) if (!allowed.has(name)) problems.push(`${file}: ${key} uses {{${name}}}, which English does not`);
      }
    }
    for (const key of translated.keys()) if (!english.has(key)) problems.push(`${file}: ${key} is not in English`);
  }
  return problems;
}
