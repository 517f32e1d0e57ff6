import { defineSite } from './define-site';
import { CARD_OR_NUMBER_TOPIC } from './ministry-topics';
import type { PageExample, SiteExamples } from './types';

/**
 * The Japan Pension Service, www.nenkin.go.jp: only its pages about the My Number are ours, its
 * /mynumber/ section [P8] and any page whose title or main heading is about the card or the number [P9].
 * Its other pages get nothing.
 */
export const nenkin = defineSite({
  site: 'nenkin',
  hosts: ['www.nenkin.go.jp'],
  rules: [
    { page: 'nenkin-mynumber', path: /^\/mynumber\// }, // [P8]
    { page: 'nenkin-mynumber', topic: CARD_OR_NUMBER_TOPIC }, // [P9]
  ],
  fallback: null,
});

export const nenkinExamples: SiteExamples = {
  'nenkin-mynumber': [
    'https://www.nenkin.go.jp/mynumber/kikoumynumber/1224.html',
    {
      url: 'https://www.nenkin.go.jp/tokusetsu/jigyonushi-list.html',
      html: '<title>「マイナンバー未収録者一覧」が届いた事業主の皆さまへ｜日本年金機構</title><h1>「マイナンバー未収録者一覧」が届いた事業主の皆さまへ</h1>',
    },
  ],
};

/** Pages of the same host that are not about the card: they must get nothing at all. */
export const nenkinOtherPages: readonly PageExample[] = [
  'https://www.nenkin.go.jp/',
  {
    url: 'https://www.nenkin.go.jp/service/kokunen/hokenryo/20150313-02.html',
    html: '<title>国民年金保険料の金額｜日本年金機構</title><h1>国民年金保険料の金額</h1>',
  },
];
