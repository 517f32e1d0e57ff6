import type { PageDetector, PageLanguage } from './types';

/**
 * J-LIS's マイナンバーカード総合サイト (www.kojinbango-card.go.jp), domain.md §1.1 [S1][S15].
 * The top page is the only page told apart here; every other page of the site is generic help.
 */
export const JLIS_HOST = 'www.kojinbango-card.go.jp';

export const jlisDetectors: readonly PageDetector[] = [
  {
    page: 'jlis-top',
    examples: ['https://www.kojinbango-card.go.jp/', 'https://www.kojinbango-card.go.jp/index.html'],
    detect: (url) => url.pathname === '/' || url.pathname === '/index.html',
  },
];

const LANGUAGE_PATHS: readonly (readonly [RegExp, PageLanguage])[] = [
  [/^\/(en\/|en-[a-z-]+\/|category\/en\/|category\/jp\/en\/)/, 'en'],
  [/^\/(es\/|es-faq\/)/, 'es'],
  [/^\/tag\/8\//, 'pt'],
];

/** The language of a J-LIS page, from its path (domain.md §1.1, url-patterns.json `lang_paths`). */
export function jlisLanguage(url: URL): PageLanguage {
  return LANGUAGE_PATHS.find(([pattern]) => pattern.test(url.pathname))?.[1] ?? 'ja';
}
