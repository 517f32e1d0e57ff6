import type { PageLocalizer } from './create-i18n';
import { resolveLanguage, type Language } from './languages';
import { loadResources } from './locale-files';
import type { Namespace } from './resources';

/**
 * Puts one of our pages in the language the user chose (or the browser's), loading that language's
 * files only now, and marks the document with it for screen readers and fonts.
 */
export async function applyLanguage(i18n: PageLocalizer, namespaces: readonly Namespace[], choice: Language | null, doc: Document = document): Promise<Language> {
  const language = resolveLanguage(choice, navigator.languages);
  if (language !== i18n.language) await i18n.use(language, await loadResources(language, namespaces));
  doc.documentElement.lang = language;
  return language;
}
