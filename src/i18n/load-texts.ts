import { browser } from 'wxt/browser';
import type { GetTextsMessage, PageNamespace } from '../messaging/messages';
import type { Language } from './languages';
import type { LanguageResources } from './resources';

/** A tree of strings, checked all the way down: anything else from another context is refused. */
export function isTextTree(value: unknown, depth = 0): value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || depth > 6) return false;
  return Object.values(value).every((child) => typeof child === 'string' || isTextTree(child, depth + 1));
}

/** Asks the background for namespaces of texts in one language; null unless every one arrived whole. */
export async function loadTexts(namespaces: PageNamespace[], language: Language): Promise<LanguageResources | null> {
  const request: GetTextsMessage = { type: 'get-texts', namespaces, language };
  const reply: unknown = await browser.runtime.sendMessage(request).catch(() => null);
  if (typeof reply !== 'object' || reply === null) return null;
  const trees = reply as Record<string, unknown>;
  return namespaces.every((ns) => isTextTree(trees[ns])) ? (Object.fromEntries(namespaces.map((ns) => [ns, trees[ns]])) as LanguageResources) : null;
}
