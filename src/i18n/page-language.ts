import type { PageLocalizer } from './create-i18n';
import { resolveLanguage, type Language } from './languages';
import { loadResources } from './locale-files';
import type { Namespace } from './resources';

/**
 * Puts one of our pages in the language the user chose (or the browser's), loading that language's
 * files only now, and marks the document with it for screen readers and fonts.
 */
const latest = new WeakMap<PageLocalizer, number>();

export async function applyLanguage(i18n: PageLocalizer, namespaces: readonly Namespace[], choice: Language | null, doc: Document = document): Promise<Language> {
  const language = resolveLanguage(choice, navigator.languages);
  // Choices can come faster than files load (arrowing through the select): only the last one applies.
  const request = (latest.get(i18n) ?? 0) + 1;
  latest.set(i18n, request);
  const resources = await loadResources(language, namespaces);
  if (latest.get(i18n) !== request) return language;
  if (language !== i18n.language) await i18n.use(language, resources);
  doc.documentElement.lang = language;
  return language;
}
