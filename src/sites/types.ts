/** Which official site a page belongs to. */
export type SiteId = 'jlis' | 'online-application' | 'myna-portal' | 'digital-agency' | 'jpki' | 'konbini' | 'mynapoint' | 'etax' | 'ministry';

/** The language the page itself is written in. */
export type PageLanguage = 'ja' | 'en' | 'es' | 'pt' | 'zh' | 'ko' | 'other';

/** What detection says about a page: the site, the page within it, and the page's language. */
export interface PageMatch {
  site: SiteId;
  /** Stable page id, written to the host element as `data-page`. */
  page: string;
  lang: PageLanguage;
}

/** A pure page detector, with the URLs it must recognize written next to it. */
export interface PageDetector {
  page: string;
  /** URLs this detector must match; the registry test checks them against every detector. */
  examples: readonly string[];
  detect(url: URL, doc?: Document): boolean;
}
