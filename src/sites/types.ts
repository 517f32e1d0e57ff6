import type { PageId } from './page-ids';

/** The official sites MyNa Guide knows, one detector file each in src/sites/. */
export const SITE_IDS = [
  'jlis',
  'online-application',
  'myna-portal',
  'digital-agency',
  'jpki',
  'konbini',
  'mynapoint',
  'etax',
  'mic',
  'mhlw',
  'isa',
  'nta',
  'nenkin',
] as const;

export type SiteId = (typeof SITE_IDS)[number];

/** The language the page itself is written in. */
export const PAGE_LANGUAGES = ['ja', 'en', 'es', 'pt', 'zh', 'ko', 'other'] as const;
export type PageLanguage = (typeof PAGE_LANGUAGES)[number];

/** What detection says about a page. */
export interface PageMatch<Page extends string = PageId> {
  site: SiteId;
  /** Stable page id, written to the host element as `data-page`. */
  page: Page;
  lang: PageLanguage;
}

/** A pure detector for one official site: reads the URL and, where needed, the document's text. */
export interface SiteDetector<Page extends string = PageId> {
  site: SiteId;
  /** Exact hosts this site serves. */
  hosts: readonly string[];
  /** Every page id the detector can report. */
  pages: readonly Page[];
  /**
   * 'host': every page of its hosts is one of its pages. 'pages': a ministry host, where only the pages
   * a rule names are ours and the rest get nothing.
   */
  owns: 'host' | 'pages';
  detect(url: URL, doc?: Document): PageMatch<Page> | null;
}

/** An example a detector must recognize: a URL, or a URL with the markup that tells the page apart. */
export type PageExample = string | { url: string; html: string };

/** Examples per page id. Kept in their own export so the shipped bundle leaves them out. */
export type SiteExamples = Readonly<Record<string, readonly PageExample[]>>;
