import type { JourneyStepId } from '../journey/step-ids';
import { pageLanguage, pageSignals } from './page-text';
import type { PageLanguage, PageMatch, SiteDetector, SiteId } from './types';

/** One page of a site: recognized by its path, by its visible headings, or by both. */
export interface PageRule {
  page: string;
  step: JourneyStepId | null;
  /** Limits the rule to one of the site's hosts. */
  host?: string;
  /** Tested against the URL's path. */
  path?: RegExp;
  /** Tested against the title and main headings, NFKC-normalized; needs the document. */
  text?: RegExp;
}

export interface SiteDefinition {
  site: SiteId;
  hosts: readonly string[];
  /** Tried in order; the first that fits names the page. */
  rules: readonly PageRule[];
  /** The page for everything else on the site: generic help, never nothing. */
  fallback: { page: string; step: JourneyStepId | null };
  language?: (url: URL, doc?: Document) => PageLanguage;
}

/** Builds a pure detector from a site's rules. Headings are read at most once per call. */
export function defineSite(definition: SiteDefinition): SiteDetector {
  const { site, hosts, rules, fallback, language = pageLanguage } = definition;
  return {
    site,
    hosts,
    pages: [...new Set([...rules.map((rule) => rule.page), fallback.page])],
    detect(url, doc) {
      if (!hosts.includes(url.hostname)) return null;
      let signals: string[] | undefined;
      const fits = (rule: PageRule): boolean => {
        if (rule.host !== undefined && rule.host !== url.hostname) return false;
        if (rule.path !== undefined && !rule.path.test(url.pathname)) return false;
        if (rule.text === undefined) return true;
        if (doc === undefined) return false;
        signals ??= pageSignals(doc);
        return signals.some((signal) => rule.text!.test(signal));
      };
      const { page, step } = rules.find(fits) ?? fallback;
      const match: PageMatch = { site, page, step, lang: language(url, doc) };
      return match;
    },
  };
}
