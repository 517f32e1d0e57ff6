import { defineSite } from './define-site';
import { CARD_OR_NUMBER_TOPIC } from './ministry-topics';
import type { PageExample, SiteExamples } from './types';

/**
 * The Ministry of Justice, www.moj.go.jp, with the Immigration Services Agency under /isa/: a ministry
 * host, so only its pages about the card are ours: the card page for foreign residents [S47][G1-b], the
 * 特定在留カード Q&A [S149], and any page whose title or main heading is about the card, the
 * 特定在留カード or the number. Its other pages (residence procedures, registries, human rights) get nothing.
 */
export const isa = defineSite({
  site: 'isa',
  hosts: ['www.moj.go.jp'],
  rules: [
    { page: 'isa-card', path: /^\/isa\/support\/portal\/mynumbercard\.html$/ }, // [S47][G1-b]
    { page: 'isa-tokutei', path: /^\/isa\/tokutei\.html$/ }, // [S149]
    { page: 'isa-tokutei', path: /^\/isa\//, topic: /特定在留カード|特定特別永住者証明書/ }, // [S149]
    { page: 'isa-mynumber', path: /^\/isa\//, topic: CARD_OR_NUMBER_TOPIC },
  ],
  fallback: null,
});

export const isaExamples: SiteExamples = {
  'isa-card': ['https://www.moj.go.jp/isa/support/portal/mynumbercard.html'],
  'isa-tokutei': [
    'https://www.moj.go.jp/isa/tokutei.html',
    {
      url: 'https://www.moj.go.jp/isa/applications/procedures/tokutei_00001.html',
      html: '<title>特定在留カード等交付申請｜出入国在留管理庁</title><h1>特定在留カード等交付申請</h1>',
    },
  ],
  'isa-mynumber': [
    {
      url: 'https://www.moj.go.jp/isa/support/portal/mynumber_00001.html',
      html: '<title>外国人の方のマイナンバーカードの有効期間について｜出入国在留管理庁</title><h1>マイナンバーカードの有効期間</h1>',
    },
  ],
};

/** Pages of the same host that are not about the card: they must get nothing at all. */
export const isaOtherPages: readonly PageExample[] = [
  'https://www.moj.go.jp/',
  {
    url: 'https://www.moj.go.jp/isa/publications/faq/newimmiact_4_q-and-a_page2.html',
    html: '<title>在留管理制度 Q&A｜出入国在留管理庁</title><h1>在留カードをお持ちの方へ 知っておきたい!!在留管理制度 あれこれ</h1>',
  },
  {
    url: 'https://www.moj.go.jp/isa/applications/online/online-QA.html',
    html: '<title>オンラインでの申請手続に関するQ&A｜出入国在留管理庁</title><h1>オンラインでの申請手続に関するQ&A</h1><h2>マイナンバーカードをお持ちの方</h2>',
  },
  // The ministry's own pages (registries, family registers) are not the Immigration Services Agency's.
  {
    url: 'https://www.moj.go.jp/MINJI/minji04_00110.html',
    html: '<title>戸籍法の改正とマイナンバー：法務省</title><h1>戸籍事務へのマイナンバー制度導入</h1>',
  },
  {
    url: 'https://www.moj.go.jp/MINJI/minji05_00435.html',
    html: '<title>相続登記・遺産分割を進めましょう：法務省</title><h1>あなたと家族をつなぐ相続登記</h1>',
  },
  {
    url: 'https://www.moj.go.jp/JINKEN/index_chousa.html',
    html: '<title>人権侵害を受けた方へ：法務省</title><h1>人権侵害を受けた方へ</h1>',
  },
];
