import { defineSite } from './define-site';
import { CARD_OR_NUMBER_TOPIC } from './ministry-topics';
import type { PageExample, SiteExamples } from './types';

/**
 * The Ministry of Internal Affairs and Communications, www.soumu.go.jp: a ministry host, so only its
 * pages about the card are ours: the card section /kojinbango_card/ [S120] and any page whose title or
 * main heading is about the card, MyNa Point or the number. Its other pages get nothing.
 */
export const mic = defineSite({
  site: 'mic',
  hosts: ['www.soumu.go.jp'],
  rules: [
    { page: 'mic-card', path: /^\/kojinbango_card\// }, // [S120]
    { page: 'mic-mynumber', topic: new RegExp(`${CARD_OR_NUMBER_TOPIC.source}|マイナポイント`) },
  ],
  fallback: null,
});

export const micExamples: SiteExamples = {
  'mic-card': [
    'https://www.soumu.go.jp/kojinbango_card/02.html',
    'https://www.soumu.go.jp/kojinbango_card/',
    'https://www.soumu.go.jp/kojinbango_card/kojinninshou-01.html', // [P100]
  ],
  'mic-mynumber': [
    {
      url: 'https://www.soumu.go.jp/menu_news/s-news/01gyosei02_02000001.html',
      html: '<title>総務省｜報道資料｜マイナンバーカードの交付状況</title><h1>マイナンバーカードの交付状況について</h1>',
    },
  ],
};

/** Pages of the same host that are not about the card: they must get nothing at all. */
export const micOtherPages: readonly PageExample[] = [
  'https://www.soumu.go.jp/',
  {
    url: 'https://www.soumu.go.jp/senkyo/senkyo_s/naruhodo/naruhodo05.html',
    html: '<title>総務省｜選挙・政治資金｜なるほど！選挙</title><h1>なるほど！選挙</h1><h2>投票の方法</h2>',
  },
  // About foreign residents' resident records, not the card: the title decides, and it does not name the card.
  {
    url: 'https://www.soumu.go.jp/main_sosiki/jichi_gyousei/c-gyousei/zairyu/index.html',
    html: '<title>総務省｜外国人住民に係る住民基本台帳制度</title><h1>外国人住民に係る住民基本台帳制度</h1><h2>マイナンバーカードの交付</h2>',
  },
  {
    url: 'https://www.soumu.go.jp/main_sosiki/joho_tsusin/faq/denpa.html',
    html: '<title>総務省｜電波利用ホームページ｜FAQの回答</title><h1>FAQの回答【電波部 電波政策課】</h1><h2>マイナンバーカードの申請はお早めに</h2>',
  },
];
