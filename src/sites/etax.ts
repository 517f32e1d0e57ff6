import { defineSite } from './define-site';
import type { SiteExamples } from './types';

/** e-Tax and the tax return corner, www.e-tax.nta.go.jp and www.keisan.nta.go.jp (domain.md §1.11). */
export const etax = defineSite({
  site: 'etax',
  hosts: ['www.e-tax.nta.go.jp', 'e-tax.nta.go.jp', 'www.keisan.nta.go.jp'],
  rules: [
    { page: 'etax-keisan', host: 'www.keisan.nta.go.jp' }, // [G28]
    { page: 'etax-en', path: /^\/en\// }, // [S118]
    { page: 'etax-top', path: /^\/(index\.html?)?$/ },
  ],
  fallback: { page: 'etax-other' },
});

export const etaxExamples: SiteExamples = {
  'etax-keisan': ['https://www.keisan.nta.go.jp/kyoutu/ky/sm/top'],
  'etax-en': ['https://www.e-tax.nta.go.jp/en/systemriyo/systemriyo4.htm'],
  'etax-top': ['https://www.e-tax.nta.go.jp/', 'https://e-tax.nta.go.jp/'],
  'etax-other': ['https://www.e-tax.nta.go.jp/tetsuzuki/tetsuzuki1.htm'],
};
