import type { SiteId } from './types';

/** What the banner says of a site besides its English text in locales/: its own Japanese names. */
export interface SiteInfo {
  /** The name the site gives itself. */
  nameJa: string;
  operatorJa: string;
  /** Source keys in domain.md §9. */
  sources: readonly string[];
}

export const SITE_INFO: Partial<Record<SiteId, SiteInfo>> = {
  // domain.md §1.1: current name [S15], operator J-LIS [S8][S15].
  jlis: { nameJa: 'マイナンバーカード総合サイト', operatorJa: '地方公共団体情報システム機構', sources: ['S8', 'S15'] },
};
