import { pageLanguage, pageSignals, pageTopicSignals } from './page-text';
import type { PageLanguage, SiteDetector, SiteId } from './types';

/** One page of a site: recognized by its path, by its visible headings, or by both. */
export interface PageRule<Page extends string = string> {
  page: Page;
  /** Limits the rule to one of the site's hosts. */
  host?: string;
  /** Tested against the URL's path. */
  path?: RegExp;
  /** Tested against the title and main headings, NFKC-normalized; needs the document. */
  text?: RegExp;
  /**
   * Tested against the title and the first-level headings only, NFKC-normalized; needs the document.
   * For ministry hosts, where most pages are not about the card and side menus and news lists in
   * second-level headings mention it all the time: only what the page itself is about counts.
   */
  topic?: RegExp;
}

export interface SiteDefinition<Page extends string> {
  site: SiteId;
  hosts: readonly string[];
  /** Tried in order; the first that fits names the page. */
  rules: readonly PageRule<Page>[];
  /**
   * The page for everything else on the site: generic help. Null on a ministry host, where a page no
   * rule names is not about the card, and gets nothing at all.
   */
  fallback: { page: Page } | null;
  language?: (url: URL, doc?: Document) => PageLanguage;
}

/** Builds a pure detector from a site's rules. Headings are read at most once per call. */
export function defineSite<const Page extends string>(definition: SiteDefinition<Page>): SiteDetector<Page> {
  const { site, hosts, rules, fallback, language = pageLanguage } = definition;
  return {
    site,
    hosts,
    pages: [...new Set([...rules.map((rule) => rule.page), ...(fallback === null ? [] : [fallback.page])])],
    owns: fallback === null ? 'pages' : 'host',
    detect(url, doc) {
      if (!hosts.includes(url.hostname)) return null;
      let signals: string[] | undefined;
      let topics: string[] | undefined;
      const fits = (rule: PageRule<Page>): boolean => {
        if (rule.host !== undefined && rule.host !== url.hostname) return false;
        if (rule.path !== undefined && !rule.path.test(url.pathname)) return false;
        if (rule.text === undefined && rule.topic === undefined) return true;
        if (doc === undefined) return false;
        if (rule.topic !== undefined) {
          topics ??= pageTopicSignals(doc);
          if (!topics.some((signal) => rule.topic!.test(signal))) return false;
        }
        if (rule.text !== undefined) {
          signals ??= pageSignals(doc);
          if (!signals.some((signal) => rule.text!.test(signal))) return false;
        }
        return true;
      };
      const found = rules.find(fits) ?? fallback;
      if (found === null) return null;
      return { site, page: found.page, lang: language(url, doc) };
    },
  };
}
