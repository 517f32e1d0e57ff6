import { isOfficialUrl, TRUSTED_DOMAINS } from './official-hosts';
import { pageLanguage } from './page-text';
import { SITE_DETECTORS } from './registry';
import type { PageId } from './page-ids';
import type { PageMatch, SiteDetector, SiteId } from './types';

/** The site and generic page of an official host no detector lists by name, from its trusted domain. */
const PAGE_OF_DOMAIN: Readonly<Record<string, { site: SiteId; page: PageId }>> = {
  'kojinbango-card.go.jp': { site: 'jlis', page: 'jlis-other' },
  'digital.go.jp': { site: 'digital-agency', page: 'da-other' },
  'nta.go.jp': { site: 'etax', page: 'etax-other' },
};

function detectorFor(hostname: string): SiteDetector | undefined {
  return SITE_DETECTORS.find((detector) => detector.hosts.includes(hostname));
}

/**
 * Which official page this is, or null when the URL is not official. Pure: reads the URL and, where a
 * page is told by its headings, the document; never changes either.
 */
export function detectPage(href: string, doc?: Document): PageMatch | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (!isOfficialUrl(url)) return null;
  const detector = detectorFor(url.hostname);
  const match = detector?.detect(url, doc);
  if (match) return match;
  // A ministry host's page no rule names is not about the card, whatever its domain.
  if (detector !== undefined) return null;
  // An official host no detector names (mail.net.kojinbango-card.go.jp, developers.digital.go.jp …).
  const domain = TRUSTED_DOMAINS.find((d) => url.hostname.endsWith(`.${d}`));
  const generic = domain === undefined ? undefined : PAGE_OF_DOMAIN[domain];
  return generic === undefined ? null : { ...generic, lang: pageLanguage(url, doc) };
}
