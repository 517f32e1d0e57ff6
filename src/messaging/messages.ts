import type { PageMatch, SiteId } from '../sites/types';

/** Sent by the content script when it has recognized (or stopped recognizing) the page in its tab. */
export interface PageStatusMessage {
  type: 'page-status';
  match: PageMatch | null;
}

export type Message = PageStatusMessage;

const SITE_IDS: ReadonlySet<string> = new Set<SiteId>([
  'jlis', 'online-application', 'myna-portal', 'digital-agency', 'jpki', 'konbini', 'mynapoint', 'etax', 'ministry',
]);
const LANGUAGES: ReadonlySet<string> = new Set(['ja', 'en', 'es', 'pt', 'zh', 'ko', 'other']);

function parsePageMatch(raw: unknown): PageMatch | null | undefined {
  if (raw === null) return null;
  if (typeof raw !== 'object') return undefined;
  const { site, page, lang } = raw as Record<string, unknown>;
  if (typeof site !== 'string' || !SITE_IDS.has(site)) return undefined;
  if (typeof page !== 'string' || !/^[a-z0-9-]{1,64}$/.test(page)) return undefined;
  if (typeof lang !== 'string' || !LANGUAGES.has(lang)) return undefined;
  return { site: site as SiteId, page, lang: lang as PageMatch['lang'] };
}

/**
 * Every message between contexts passes through here before it is handled: anything not exactly of a
 * known shape is dropped, whoever sent it.
 */
export function parseMessage(raw: unknown): Message | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const record = raw as Record<string, unknown>;
  if (record.type === 'page-status') {
    const match = parsePageMatch(record.match);
    return match === undefined ? null : { type: 'page-status', match };
  }
  return null;
}
