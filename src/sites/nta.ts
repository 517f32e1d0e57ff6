import { defineSite } from './define-site';
import { CARD_OR_NUMBER_TOPIC } from './ministry-topics';
import type { PageExample, SiteExamples } from './types';

/** e-Tax with the card, or a tax return with MyNa Portal. */
const ETAX_WITH_CARD = /(e-?Tax|電子申告|確定申告).*(マイナンバーカード|マイナポータル)|(マイナンバーカード|マイナポータル).*(e-?Tax|電子申告|確定申告)/i;

/**
 * The National Tax Agency, www.nta.go.jp: a ministry host, so only its pages about the card are ours:
 * e-Tax with the card [S35][P5], its My Number section /taxes/tetsuzuki/mynumberinfo/ [P6][P7], and any
 * page whose title or main heading is about the card or the number. Its other pages get nothing.
 */
export const nta = defineSite({
  site: 'nta',
  hosts: ['www.nta.go.jp'],
  rules: [
    { page: 'nta-etax', path: /^\/publication\/pamph\/koho\/kurashi\/html\/06_3\.htm$/ }, // [P5]
    { page: 'nta-etax', topic: ETAX_WITH_CARD }, // [S35][P5]
    // The My Number section, at its current address and its older one [P6][P7][P54].
    { page: 'nta-mynumber', path: /^\/(taxes\/tetsuzuki\/)?mynumberinfo\// },
    { page: 'nta-mynumber', topic: CARD_OR_NUMBER_TOPIC },
  ],
  fallback: null,
});

export const ntaExamples: SiteExamples = {
  'nta-etax': [
    'https://www.nta.go.jp/publication/pamph/koho/kurashi/html/06_3.htm',
    {
      url: 'https://www.nta.go.jp/taxes/shiraberu/shinkoku/tokushu/keisubetsu/mynumber.htm',
      html: '<title>マイナンバーカードを利用したe-Taxによる申告｜国税庁</title><h1>マイナンバーカードを利用したe-Taxによる申告</h1>',
    },
  ],
  'nta-mynumber': [
    'https://www.nta.go.jp/taxes/tetsuzuki/mynumberinfo/FAQ/honninkakunin_qa.htm',
    'https://www.nta.go.jp/taxes/tetsuzuki/mynumberinfo/honninkakunin/shorui.htm',
    'https://www.nta.go.jp/mynumberinfo/FAQ/houteichosho_qa.htm',
    {
      url: 'https://www.nta.go.jp/taxes/shiraberu/shinkoku/tebiki/2018/a/04/4_01.htm',
      html: '<title>マイナンバー（個人番号）の記載と本人確認書類｜国税庁</title><h1>本人確認書類の添付又は提示</h1>',
    },
  ],
};

/** Pages of the same host that are not about the card: they must get nothing at all. */
export const ntaOtherPages: readonly PageExample[] = [
  'https://www.nta.go.jp/',
  {
    url: 'https://www.nta.go.jp/law/tsutatsu/kihon/sake/2-22.htm',
    html: '<title>第2条 納税義務者｜国税庁</title><h1>1 申告義務等の承継</h1>',
  },
  {
    url: 'https://www.nta.go.jp/publication/pamph/hotei/tebikihtml/2-2-23.htm',
    html: '<title>「（備考）」欄｜国税庁</title><h1>「（備考）」欄</h1><p>マイナンバーを記載してください。</p>',
  },
  {
    url: 'https://www.nta.go.jp/taxes/shiraberu/taxanswer/sozoku/4102.htm',
    html: '<title>No.4102 相続税がかかる場合｜国税庁</title><h1>No.4102 相続税がかかる場合</h1><h2>e-Taxで申告できます</h2>',
  },
];
