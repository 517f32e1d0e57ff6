import { defineSite } from './define-site';
import type { SiteExamples } from './types';

/** The Ministry of Internal Affairs and Communications' card pages, www.soumu.go.jp/kojinbango_card/ [S120]. */
export const mic = defineSite({
  site: 'mic',
  hosts: ['www.soumu.go.jp'],
  rules: [],
  fallback: { page: 'mic-card', step: null },
});

export const micExamples: SiteExamples = {
  'mic-card': ['https://www.soumu.go.jp/kojinbango_card/02.html', 'https://www.soumu.go.jp/kojinbango_card/'],
};
