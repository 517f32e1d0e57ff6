// Compares one language's resources with English: node scripts/check-locale.mjs <language>
// The test suite makes the same checks (tests/unit/i18n/languages.test.ts); this is for translators.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const language = process.argv[2];
if (!language) throw new Error('usage: node scripts/check-locale.mjs <language>');
const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
const variables = (text) => new Set([...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]));

function leaves(node, prefix = '') {
  if (typeof node === 'string') return [[prefix, node]];
  return Object.entries(node).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}
/** English keys with plural suffixes stand for the language's own plural categories. */
function expectedKeys(english) {
  const keys = new Map();
  for (const [key, text] of english) {
    const plural = key.match(/^(.*)_(zero|one|two|few|many|other)$/);
    if (plural) for (const category of categories) keys.set(`${plural[1]}_${category}`, text);
    else keys.set(key, text);
  }
  return keys;
}

const problems = [];
for (const file of readdirSync(path.join(root, 'locales/en')).filter((f) => f.endsWith('.json'))) {
  const target = path.join(root, 'locales', language, file);
  if (!existsSync(target)) {
    problems.push(`${file}: missing`);
    continue;
  }
  const english = expectedKeys(leaves(JSON.parse(readFileSync(path.join(root, 'locales/en', file), 'utf8'))));
  const translated = new Map(leaves(JSON.parse(readFileSync(target, 'utf8'))));
  for (const [key, text] of english) {
    const value = translated.get(key);
    if (value === undefined) problems.push(`${file}: ${key} is missing`);
    else if (value.trim() === '') problems.push(`${file}: ${key} is empty`);
    else {
      const allowed = variables(text);
      for (const name of variables(value)) if (!allowed.has(name)) problems.push(`${file}: ${key} uses {{${name}}}, which English does not`);
    }
  }
  for (const key of translated.keys()) if (!english.has(key)) problems.push(`${file}: ${key} is not in English`);
}
const chrome = { 'zh-Hans': 'zh_CN', 'zh-Hant': 'zh_TW', 'pt-BR': 'pt_BR' }[language] ?? language;
const messages = path.join(root, 'public/_locales', chrome, 'messages.json');
if (!existsSync(messages)) problems.push(`public/_locales/${chrome}/messages.json: missing`);
else {
  const m = JSON.parse(readFileSync(messages, 'utf8'));
  for (const key of ['extName', 'extDescription', 'toggleTermsPanel']) if (!m[key]?.message?.trim()) problems.push(`_locales ${key} missing`);
  if ((m.extDescription?.message ?? '').length > 132) problems.push('_locales extDescription is longer than 132 characters');
}
console.log(problems.length ? problems.join('\n') : `${language}: complete (plural categories: ${categories.join(', ')})`);
process.exit(problems.length ? 1 : 0);
