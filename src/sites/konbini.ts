import { defineSite } from './define-site';
import type { SiteExamples } from './types';

/** Convenience-store issuance of certificates (コンビニ交付), www.lg-waps.go.jp (domain.md §1.8). */
export const konbini = defineSite({
  site: 'konbini',
  hosts: ['www.lg-waps.go.jp'],
  rules: [
    { page: 'konbini-overview', path: /^\/(01-00\.html|index\.html)?$/ }, // [S66]
    { page: 'konbini-stores', path: /^\/01-03\.html/ }, // [G15]
    { page: 'konbini-municipalities', path: /^\/01-04\.html/ }, // [G16]
  ],
  fallback: { page: 'konbini-other' },
});

export const konbiniExamples: SiteExamples = {
  'konbini-overview': ['https://www.lg-waps.go.jp/01-00.html', 'https://www.lg-waps.go.jp/'],
  'konbini-stores': ['https://www.lg-waps.go.jp/01-03.html'],
  'konbini-municipalities': ['https://www.lg-waps.go.jp/01-04.html'],
  'konbini-other': ['https://www.lg-waps.go.jp/02-00.html'],
};
