import type { SiteId } from './types';

/**
 * What the UI shows of a site besides its English text in locales/: the Japanese names the site uses,
 * where the reference gives them, and the sources of what locales/en/sites.json says of it.
 */
export interface SiteInfo {
  nameJa?: string;
  operatorJa?: string;
  /** Source keys in domain.md §9. */
  sources: readonly string[];
}

const JLIS_JA = '地方公共団体情報システム機構'; // [S8][glossary 44]

export const SITE_INFO: Readonly<Record<SiteId, SiteInfo>> = {
  jlis: { nameJa: 'マイナンバーカード総合サイト', operatorJa: JLIS_JA, sources: ['S1', 'S8', 'S15'] },
  'online-application': { operatorJa: JLIS_JA, sources: ['S2', 'S18', 'G1'] },
  'myna-portal': { nameJa: 'マイナポータル', operatorJa: 'デジタル庁', sources: ['S58', 'S101', 'S110', 'S112', 'S113'] },
  'digital-agency': { nameJa: 'デジタル庁', sources: ['S42', 'S58'] },
  jpki: { nameJa: '公的個人認証サービス', operatorJa: JLIS_JA, sources: ['S28', 'S93', 'S99'] },
  konbini: { nameJa: 'コンビニ交付', operatorJa: JLIS_JA, sources: ['S66', 'S67', 'S76'] },
  mynapoint: { nameJa: 'マイナポイント', sources: ['S1', 'S24', 'S62', 'S115'] },
  etax: { sources: ['S35', 'S118', 'G28'] },
  mic: { sources: ['S120'] },
  mhlw: { sources: ['S53', 'S92', 'P1'] },
  isa: { sources: ['S47', 'S149', 'G1-b'] },
  nta: { nameJa: '国税庁', sources: ['S35', 'P5', 'P6'] },
  nenkin: { nameJa: '日本年金機構', sources: ['P8'] },
};
