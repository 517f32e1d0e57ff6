import { defineSite } from './define-site';
import type { SiteExamples } from './types';

/** The Immigration Services Agency's page on the card for foreign residents [S47][G1-b]. */
export const isa = defineSite({
  site: 'isa',
  hosts: ['www.moj.go.jp'],
  rules: [],
  fallback: { page: 'isa-card', step: null },
});

export const isaExamples: SiteExamples = {
  'isa-card': ['https://www.moj.go.jp/isa/support/portal/mynumbercard.html'],
};
