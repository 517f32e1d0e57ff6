import { findOfficialScope } from './official-hosts';
import { JLIS_HOST, jlisDetectors, jlisLanguage } from './jlis';
import type { PageMatch } from './types';

/**
 * Which official page this is, or null when the URL is not official. Pure: reads the URL and, where a
 * detector needs it, the document; never changes either.
 */
export function detectPage(href: string, doc?: Document): PageMatch | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (findOfficialScope(url) === null) return null;
  if (url.hostname === JLIS_HOST) {
    const detector = jlisDetectors.find((d) => d.detect(url, doc));
    return { site: 'jlis', page: detector?.page ?? 'jlis-other', lang: jlisLanguage(url) };
  }
  return null;
}
