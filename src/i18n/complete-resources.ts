import { loadResources } from './locale-files';
import type { Language } from './languages';
import { englishResources, type LanguageResources, type Namespace } from './resources';

/** A tree of texts with every key English has: the language's text where it has one, else English. */
export function withEnglish(tree: unknown, english: unknown): unknown {
  if (typeof english === 'string') return typeof tree === 'string' && tree.trim() !== '' ? tree : english;
  if (typeof english !== 'object' || english === null) return english;
  const own = typeof tree === 'object' && tree !== null ? (tree as Record<string, unknown>) : {};
  const merged: Record<string, unknown> = { ...own };
  for (const [key, value] of Object.entries(english)) merged[key] = withEnglish(own[key], value);
  return merged;
}

/** Namespaces in one language, complete: for the content script, which carries no fallback of its own. */
export async function completeResources(language: Language, namespaces: readonly Namespace[]): Promise<LanguageResources> {
  const own = await loadResources(language, namespaces);
  return Object.fromEntries(namespaces.map((ns) => [ns, withEnglish(own[ns], englishResources[ns])])) as LanguageResources;
}
