import { defineSite } from './define-site';
import { CARD_OR_NUMBER_TOPIC } from './ministry-topics';
import type { PageExample, SiteExamples } from './types';

/** The health-insurance words of a page about using the card at clinics and pharmacies. */
const INSURANCE_TOPIC = /マイナ保険証|(マイナンバーカード|個人番号カード).*保険証|保険証.*(マイナンバーカード|個人番号カード)|資格確認書|オンライン資格確認/;

/**
 * The Ministry of Health, Labour and Welfare, www.mhlw.go.jp: a ministry host, so only its pages about
 * the card are ours: the health-insurance portal page [S92], the health-insurance FAQ [P1], and any page
 * whose title or main heading is about the card or the number. Its other pages get nothing.
 */
export const mhlw = defineSite({
  site: 'mhlw',
  hosts: ['www.mhlw.go.jp'],
  rules: [
    { page: 'mhlw-card', path: /^\/stf\/index_16743\.html$/ }, // [S92]
    { page: 'mhlw-insurance', path: /^\/stf\/newpage_40406\.html$/ }, // [P1]
    { page: 'mhlw-insurance', topic: INSURANCE_TOPIC }, // [P2][P3]
    { page: 'mhlw-mynumber', topic: CARD_OR_NUMBER_TOPIC },
  ],
  fallback: null,
});

export const mhlwExamples: SiteExamples = {
  'mhlw-card': ['https://www.mhlw.go.jp/stf/index_16743.html'],
  'mhlw-insurance': [
    'https://www.mhlw.go.jp/stf/newpage_40406.html',
    {
      url: 'https://www.mhlw.go.jp/stf/houdou_kouhou/kouhou_shuppan/magazine/202404_001.html',
      html: '<title>広報誌「厚生労働」｜厚生労働省</title><h1>疑問も不安も解消！ 医療機関や薬局でマイナンバーカードを健康保険証として使おう</h1>',
    },
    {
      url: 'https://www.mhlw.go.jp/stf/newpage_08280.html',
      html: '<title>オンライン資格確認について（医療機関・施術所等、システムベンダ向け）｜厚生労働省</title><h1>オンライン資格確認について</h1>',
    },
    { url: 'https://www.mhlw.go.jp/stf/newpage_99999.html', html: '<title>資格確認書について｜厚生労働省</title>' },
  ],
  'mhlw-mynumber': [
    {
      url: 'https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/koyou/koyouhoken/mynumber.html',
      html: '<title>雇用保険におけるマイナンバー制度の対応｜厚生労働省</title><h1>雇用保険におけるマイナンバー制度の対応</h1>',
    },
  ],
};

/** Pages of the same host that are not about the card: they must get nothing at all. */
export const mhlwOtherPages: readonly PageExample[] = [
  'https://www.mhlw.go.jp/stf/seisakunitsuite/index.html',
  {
    url: 'https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/kenkou_iryou/kenkou/kekkaku-kansenshou/infulenza/QA2024.html',
    html: '<title>令和6年度インフルエンザQ&A｜厚生労働省</title><h1>令和6年度インフルエンザQ&A</h1><h2>マイナ保険証をご利用ください</h2>',
  },
  {
    url: 'https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/0000121431_00050.html',
    html: '<title>雇用保険被保険者数お知らせはがきに関するFAQ｜厚生労働省</title><h1>雇用保険被保険者数お知らせはがき（令和6年3月送付分）に関するFAQ</h1><p>マイナンバー登録者数</p>',
  },
  {
    url: 'https://www.mhlw.go.jp/stf/shingi/2r9852000001wxfq.html',
    html: '<title>第35回中央最低賃金審議会 議事録｜厚生労働省</title><h1>第35回中央最低賃金審議会 議事録</h1>',
  },
];
