import { defineSite } from './define-site';
import type { PageLanguage, SiteExamples } from './types';

/**
 * J-LIS's マイナンバーカード総合サイト, www.kojinbango-card.go.jp (domain.md §1.1). Both path generations
 * (the older /kofushinse/… and the newer /apprec/…) and the English /en/, /en-*\/ and /category/en/ pages.
 */
const LANGUAGE_PATHS: readonly (readonly [RegExp, PageLanguage])[] = [
  [/^\/(en\/|en$|en-[a-z0-9-]+\/|category\/en\/|category\/jp\/en\/)/, 'en'], // [S1][S2][S15]
  [/^\/(es\/|es-[a-z0-9-]+\/)/, 'es'], // [S13]
  [/^\/tag\/8\//, 'pt'], // [S12]
];

export function jlisLanguage(url: URL): PageLanguage {
  return LANGUAGE_PATHS.find(([pattern]) => pattern.test(url.pathname))?.[1] ?? 'ja';
}

export const jlis = defineSite({
  site: 'jlis',
  hosts: ['www.kojinbango-card.go.jp'],
  language: jlisLanguage,
  rules: [
    { page: 'jlis-top', path: /^\/(index\.html)?$|^\/en\/(index\.html)?$/ }, // [S1]
    { page: 'jlis-photo', path: /^\/(kofushinse\/checkpoint\.html|en-kofushinse-checkpoint\/|apprec\/apply\/facephoto\/|apprec\/abroad\/procedure\/photo\/)/ }, // [S3][S4][S5][G22]
    { page: 'jlis-photo-booth', path: /^\/apprec\/apply\/photobooth_apply\// }, // [G1-b]
    { page: 'jlis-express', path: /^\/apprec\/apply\/express_apply\// }, // [G1-b][S50]
    { page: 'jlis-apply', path: /^\/(kofushinse\/|apprec\/|en-kofushinse\/|category\/en\/page\/2\/)/ }, // [S2][S106][G1-b]
    { page: 'jlis-notice', path: /^\/(en-)?tsuchicard\// }, // [S9][S10]
    { page: 'jlis-pickup', path: /^\/en\/uketori\// }, // [S6]
    { page: 'jlis-validity', path: /^\/(220401_2|faq_expiration\d*|card\/renewal)\// }, // [G23][G1-b]
    { page: 'jlis-pin-faq', path: /^\/faq_pin\d*\// }, // [G24][G25]
    { page: 'jlis-faq', path: /^\/(en\/faq\/|en-faq\/|es\/faq\/|es-faq\/)/ }, // [S7][S8][S13]
    { page: 'jlis-contact', path: /^\/(contact\/|en-otoiawase\/|tag\/8\/)/ }, // [S11][S12][G26]
    { page: 'jlis-about', path: /^\/(en-kojinbango|en-mynumber)\// }, // [S14][G1-c]
    { page: 'jlis-statistics', path: /^\/kofuokuritsushinchoku\// }, // [G21]
  ],
  fallback: { page: 'jlis-other' },
});

export const jlisExamples: SiteExamples = {
  'jlis-top': ['https://www.kojinbango-card.go.jp/', 'https://www.kojinbango-card.go.jp/index.html', 'https://www.kojinbango-card.go.jp/en/'],
  'jlis-photo': [
    'https://www.kojinbango-card.go.jp/kofushinse/checkpoint.html',
    'https://www.kojinbango-card.go.jp/en-kofushinse-checkpoint/',
    'https://www.kojinbango-card.go.jp/apprec/apply/facephoto/',
    'https://www.kojinbango-card.go.jp/apprec/abroad/procedure/photo/',
  ],
  'jlis-photo-booth': ['https://www.kojinbango-card.go.jp/apprec/apply/photobooth_apply/'],
  'jlis-express': ['https://www.kojinbango-card.go.jp/apprec/apply/express_apply/'],
  'jlis-apply': [
    'https://www.kojinbango-card.go.jp/kofushinse/index.html',
    'https://www.kojinbango-card.go.jp/apprec/',
    'https://www.kojinbango-card.go.jp/apprec/apply/',
    'https://www.kojinbango-card.go.jp/en-kofushinse/',
    'https://www.kojinbango-card.go.jp/category/en/page/2/',
  ],
  'jlis-notice': ['https://www.kojinbango-card.go.jp/tsuchicard/', 'https://www.kojinbango-card.go.jp/en-tsuchicard/'],
  'jlis-pickup': ['https://www.kojinbango-card.go.jp/en/uketori/'],
  'jlis-validity': [
    'https://www.kojinbango-card.go.jp/220401_2/',
    'https://www.kojinbango-card.go.jp/faq_expiration5/',
    'https://www.kojinbango-card.go.jp/card/renewal/',
  ],
  'jlis-pin-faq': ['https://www.kojinbango-card.go.jp/faq_pin2/', 'https://www.kojinbango-card.go.jp/faq_pin3/'],
  'jlis-faq': [
    'https://www.kojinbango-card.go.jp/en/faq/index.html',
    'https://www.kojinbango-card.go.jp/en-faq/',
    'https://www.kojinbango-card.go.jp/es/faq/',
    'https://www.kojinbango-card.go.jp/es-faq/',
  ],
  'jlis-contact': [
    'https://www.kojinbango-card.go.jp/contact/',
    'https://www.kojinbango-card.go.jp/en-otoiawase/',
    'https://www.kojinbango-card.go.jp/tag/8/',
  ],
  'jlis-about': ['https://www.kojinbango-card.go.jp/en-kojinbango/', 'https://www.kojinbango-card.go.jp/en-mynumber/'],
  'jlis-statistics': ['https://www.kojinbango-card.go.jp/kofuokuritsushinchoku/'],
  'jlis-other': ['https://www.kojinbango-card.go.jp/category/jp/', 'https://www.kojinbango-card.go.jp/info/2026/maintenance.html'],
};
