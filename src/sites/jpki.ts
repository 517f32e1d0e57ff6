import { defineSite } from './define-site';
import type { SiteExamples } from './types';

/** J-LIS's public key infrastructure portal, www.jpki.go.jp and www2.jpki.go.jp (domain.md §1.6). */
export const jpki = defineSite({
  site: 'jpki',
  hosts: ['www.jpki.go.jp', 'www2.jpki.go.jp'],
  rules: [
    { page: 'jpki-pin-rules', path: /^\/procedure\/password\.html/ }, // [S28]
    { page: 'jpki-pin-reset', path: /^\/jpkiidreset\// }, // [S30][G20][S114]
    { page: 'jpki-faq', path: /^\/faq\// }, // [S29]
    { page: 'jpki-prepare', path: /^\/prepare\// }, // [G1-c]
    { page: 'jpki-top', path: /^\/(index\.html)?$/ }, // [S99]
  ],
  fallback: { page: 'jpki-other' },
});

export const jpkiExamples: SiteExamples = {
  'jpki-pin-rules': ['https://www2.jpki.go.jp/procedure/password.html'],
  'jpki-pin-reset': [
    'https://www2.jpki.go.jp/jpkiidreset/riyoukiyaku/riyoukiyaku_web.html',
    'https://www.jpki.go.jp/jpkiidreset/howto/kiosk.html',
  ],
  'jpki-faq': ['https://www2.jpki.go.jp/faq/trouble/iccard_digital_id.html'],
  'jpki-prepare': ['https://www2.jpki.go.jp/prepare/pdf/num_rwlist11.pdf'],
  'jpki-top': ['https://www.jpki.go.jp/', 'https://www.jpki.go.jp/index.html'],
  'jpki-other': ['https://www.jpki.go.jp/news/'],
};
