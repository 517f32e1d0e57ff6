import { defineSite } from './define-site';
import type { SiteExamples } from './types';

/** MyNa Point, mynumbercard.point.soumu.go.jp (domain.md §1.7). The campaign has ended [S62][S24]. */
export const mynapoint = defineSite({
  site: 'mynapoint',
  hosts: ['mynumbercard.point.soumu.go.jp'],
  rules: [],
  fallback: { page: 'mynapoint' },
});

export const mynapointExamples: SiteExamples = {
  mynapoint: ['https://mynumbercard.point.soumu.go.jp/', 'https://mynumbercard.point.soumu.go.jp/flow/'],
};
