import { defineSite } from './define-site';
import type { SiteExamples } from './types';

/** The Ministry of Health, Labour and Welfare's page on the card as health insurance card [S92]. */
export const mhlw = defineSite({
  site: 'mhlw',
  hosts: ['www.mhlw.go.jp'],
  rules: [],
  fallback: { page: 'mhlw-card', step: 'use-card' },
});

export const mhlwExamples: SiteExamples = {
  'mhlw-card': ['https://www.mhlw.go.jp/stf/index_16743.html'],
};
