import type { LanguageResources, Namespace } from './resources';
import type { Language } from './languages';

/**
 * Every language's files, each loaded only when asked for: the extension pages get one chunk per file,
 * so a language that is never chosen is never read.
 */
const FILES = import.meta.glob<{ default: object }>('../../locales/*/*.json');

/** One language's namespaces; a namespace the language lacks is left out (English stands in). */
export async function loadResources(language: Language, namespaces: readonly Namespace[]): Promise<LanguageResources> {
  const loaded = await Promise.all(
    namespaces.map(async (ns) => {
      const load = FILES[`../../locales/${language}/${ns}.json`];
      return [ns, load ? (await load()).default : undefined] as const;
    }),
  );
  return Object.fromEntries(loaded.filter(([, tree]) => tree !== undefined));
}

