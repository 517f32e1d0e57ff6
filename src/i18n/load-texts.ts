import { ask, type PageNamespace } from '../messaging/protocol';
import type { Language } from './languages';
import type { LanguageResources } from './resources';

/**
 * Asks the background for namespaces of texts in one language, or (null) in the language the user's
 * settings choose; null unless every one arrived whole.
 */
export const loadTexts = (namespaces: PageNamespace[], language: Language | null): Promise<{ language: Language; texts: LanguageResources } | null> =>
  ask('get-texts', { namespaces, language });
