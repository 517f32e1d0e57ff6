import { defineSite } from './define-site';
import type { SiteExamples } from './types';

/**
 * The online application, net.kojinbango-card.go.jp (domain.md §1.2, §2.1). Every screen is an
 * `…Action.do` URL and only the start URL is known [S18][G1], so the screens are told apart by their
 * title and main heading. The most advanced step is tried first: a later screen may mention an earlier
 * one, never the other way round.
 */
export const onlineApplication = defineSite({
  site: 'online-application',
  hosts: ['net.kojinbango-card.go.jp'],
  rules: [
    { page: 'online-complete', text: /申請(受付)?完了|申請を受け付けました/ }, // [S23][S2]
    { page: 'online-confirm', text: /申請内容(の)?確認|入力内容(の)?確認/ },
    { page: 'online-details', text: /申請情報(の)?登録/ }, // [S2][S19]
    { page: 'online-photo', text: /顔写真(の)?登録/ }, // [S20][S2]
    { page: 'online-email-sent', text: /メール(の)?送信(完了|しました)/ }, // [S2][S20]
    { page: 'online-email', text: /STEP ?2|メールアドレス(の)?登録/i }, // [S20][S21]
    { page: 'online-terms', text: /STEP ?1|利用規約/i }, // [S21][S22]
    // Without a readable document, the start URL is the terms screen [S18].
    { page: 'online-terms', path: /^\/SS_SERVICE_OUT\/FA01S001Action\.do$/ },
  ],
  fallback: { page: 'online-application' },
});

const step = (heading: string) => `<title>個人番号カード交付申請</title><h2>${heading}</h2>`;
const ACTION = 'https://net.kojinbango-card.go.jp/SS_SERVICE_OUT/FA02S001Action.do';

export const onlineApplicationExamples: SiteExamples = {
  'online-terms': [
    'https://net.kojinbango-card.go.jp/SS_SERVICE_OUT/FA01S001Action.do',
    { url: 'https://net.kojinbango-card.go.jp/SS_SERVICE_OUT/FA01S001Action.do', html: step('ＳＴＥＰ１　利用規約の確認') },
  ],
  'online-email': [
    { url: 'https://net.kojinbango-card.go.jp/SS_SERVICE_OUT/FA01S002Action.do', html: '<title>個人番号カード交付申請｜STEP2 メールアドレス登録</title>' },
    { url: 'https://net.kojinbango-card.go.jp/SS_SERVICE_OUT/FA01S001Action.do', html: step('<span>メールアドレス</span>の登録') },
  ],
  'online-email-sent': [{ url: 'https://net.kojinbango-card.go.jp/SS_SERVICE_OUT/FA01S003Action.do', html: step('メール送信完了') }],
  'online-photo': [{ url: ACTION, html: step('顔写真登録') }],
  'online-details': [{ url: ACTION, html: step('申請情報登録') }],
  'online-confirm': [{ url: ACTION, html: step('申請内容確認') }],
  'online-complete': [{ url: ACTION, html: '<title>申請完了｜個人番号カード交付申請</title><h1>申請を受け付けました</h1>' }],
  'online-application': [
    'https://net.kojinbango-card.go.jp/SS_SERVICE_OUT/FA09S001Action.do',
    { url: ACTION, html: '<title>サービス停止中のお知らせ</title><h1>お知らせ</h1>' },
  ],
};
