import type { LanguageResources, TKey, TVars } from './resources';
import type { Localizer } from './localizer';
import { numberFormat } from './date-format';
import { FACT_NUMBERS } from '../knowledge/numbers';

/**
 * A small reader of i18next resources for the content script, where every kilobyte runs on every
 * official page. It does what our resources use: `namespace:dotted.key`, `{{variable}}` interpolation,
 * `_one`/`_other` plural keys and an English fallback. A conformance test runs every English key
 * through both this and i18next and requires the same string.
 */
export interface Translator extends Localizer {
  setLanguage(language: string, resources: LanguageResources): void;
  /** Adds a namespace that arrived later (loaded on demand), and re-renders what uses it. */
  addNamespace(namespace: keyof LanguageResources, tree: object): void;
}

function lookup(resources: LanguageResources, namespace: string, path: string): string | undefined {
  let node: unknown = resources[namespace as keyof LanguageResources];
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * `{{name}}`, and `{{name, number}}` written in the language's number format; a name the caller does not
 * give is looked up in FACT_NUMBERS, as i18next's default variables do.
 */
export function interpolate(template: string, vars: TVars | undefined, language: string): string {
  return template.replace(/\{\{\s*([\w.]+)\s*(?:,\s*(number)\s*)?\}\}/g, (whole, name: string, format?: string) => {
    const value = vars !== undefined && name in vars ? vars[name] : Object.hasOwn(FACT_NUMBERS, name) ? FACT_NUMBERS[name as keyof typeof FACT_NUMBERS] : undefined;
    if (value === undefined) return whole;
    return format === 'number' && typeof value === 'number' ? numberFormat(language).format(value) : String(value);
  });
}

export function createTranslator(language: string, resources: LanguageResources, fallback: LanguageResources = resources): Translator {
  let current = { language, resources };
  const listeners = new Set<() => void>();

  const resolve = (store: LanguageResources, lng: string, key: string, vars?: TVars): string | undefined => {
    const colon = key.indexOf(':');
    const namespace = key.slice(0, colon);
    const path = key.slice(colon + 1);
    if (typeof vars?.count === 'number') {
      const form = new Intl.PluralRules(lng).select(vars.count);
      const plural = lookup(store, namespace, `${path}_${form}`);
      if (plural !== undefined) return plural;
    }
    return lookup(store, namespace, path);
  };

  return {
    get language() {
      return current.language;
    },
    t(key: TKey, vars?: TVars) {
      const template = resolve(current.resources, current.language, key, vars) ?? resolve(fallback, 'en', key, vars);
      // Like i18next, a missing key shows the key rather than nothing, and numbers follow the current language.
      return template === undefined ? key.slice(key.indexOf(':') + 1) : interpolate(template, vars, current.language);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setLanguage(lng, res) {
      current = { language: lng, resources: res };
      for (const listener of listeners) listener();
    },
    addNamespace(namespace, tree) {
      current = { language: current.language, resources: { ...current.resources, [namespace]: tree } };
      for (const listener of listeners) listener();
    },
  };
}
