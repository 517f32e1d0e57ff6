/** The official sites a fake page is likely to imitate, and where the real ones are. */
export type ImitatedSite = 'myna-portal' | 'jlis' | 'mynapoint';

export const OFFICIAL_ADDRESSES: Readonly<Record<ImitatedSite, readonly string[]>> = {
  'myna-portal': ['https://myna.go.jp/'], // domain.md §1.4
  jlis: ['https://www.kojinbango-card.go.jp/', 'https://net.kojinbango-card.go.jp/'], // §1.1, §1.2
  mynapoint: ['https://mynumbercard.point.soumu.go.jp/'], // §1.7
};

