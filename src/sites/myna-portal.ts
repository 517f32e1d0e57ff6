import { defineSite } from './define-site';
import type { SiteExamples } from './types';

/**
 * MyNa Portal, myna.go.jp, with its manual, FAQ and ぴったりサービス hosts (domain.md §1.4). Old screens
 * have screen-ID paths, /SCKnnnn_nn_nnn/…form [G3][G4][G5][G9][G10]; the newer app has clean routes [G5],
 * and pages whose route is not known are told by their heading.
 */
const SPA_MEDICAL =
  /^\/(medical-expenses|medicines|vaccines|child-checkup|prenatal-checkups|medical-conditions|allergies-and-intolerances|infection-lab-results|medical-lab-results|patient-referral-prescriptions)(\/|$)/;

export const mynaPortal = defineSite({
  site: 'myna-portal',
  hosts: ['myna.go.jp', 'img.myna.go.jp', 'faq.myna.go.jp', 'app.oss.myna.go.jp'],
  rules: [
    { page: 'portal-manual', host: 'img.myna.go.jp' }, // [G3][G4][G13]
    { page: 'portal-faq', host: 'faq.myna.go.jp' }, // [G7][G14]
    { page: 'pittari-service', host: 'app.oss.myna.go.jp' }, // [G4][G17]
    { page: 'portal-top', path: /^\/$|^\/SCK0101_01_001\// }, // [G4]
    { page: 'portal-login', path: /^\/SCK0101_03_001\// }, // [G3][G10]
    { page: 'portal-moving', path: /^\/(SCK2501_01_001\/|html\/moving_oss)/ }, // [G5][G19]
    { page: 'portal-inquiry', path: /^\/SCK0701_01_001\// }, // [G5]
    { page: 'portal-messages', path: /^\/messages(\/|$)/ }, // [G5]
    { page: 'portal-search', path: /^\/search(\/|$)/ }, // [G5]
    { page: 'portal-menu', path: /^\/menu(\/|$)/ }, // [G5]
    { page: 'portal-medical-info', path: SPA_MEDICAL }, // [G5]
    { page: 'portal-health-insurance', path: /^\/certificates\/health-insurance-card(\/|$)/ }, // [G5][S101]
    { page: 'portal-certificates', path: /^\/certificates(\/|$)/ }, // [G5]
    { page: 'portal-drivers-license', path: /^\/svc\/drivers-license(\/|$)/ }, // [G5]
    { page: 'portal-family-register', path: /^\/family-registration(\/|$)/ }, // [G5]
    { page: 'portal-notices', path: /^\/html\/info\// }, // [G20]
    { page: 'portal-help', path: /^\/html\// }, // [G17][G18]
    // Routes not catalogued anywhere: the page's own heading says what it is.
    { page: 'portal-public-money-account', text: /公金受取口座/ }, // [S58][S59]
    { page: 'portal-user-registration', text: /利用者登録/ }, // [G7]
    { page: 'portal-login', text: /ログイン/ }, // [S111][S112]
  ],
  fallback: { page: 'portal-other' },
});

export const mynaPortalExamples: SiteExamples = {
  'portal-manual': ['https://img.myna.go.jp/manual/04-02/0209.html', 'https://img.myna.go.jp/html/dousakankyou.html'],
  'portal-faq': ['https://faq.myna.go.jp/faq/show/3494?category_id=1&site_domain=default'],
  'pittari-service': ['https://app.oss.myna.go.jp/Application/search', 'https://app.oss.myna.go.jp/Application/help'],
  'portal-top': ['https://myna.go.jp/', 'https://myna.go.jp/SCK0101_01_001/SCK0101_01_001_InitDiscsys.form'],
  'portal-login': [
    'https://myna.go.jp/SCK0101_03_001/SCK0101_03_001_Init.form',
    'https://myna.go.jp/SCK0101_03_001/SCK0101_03_001_InitDiscRef.form',
    { url: 'https://myna.go.jp/login', html: '<title>マイナポータル</title><h1>ログイン</h1>' },
  ],
  'portal-moving': ['https://myna.go.jp/SCK2501_01_001/SCK2501_01_001_Reload.form', 'https://myna.go.jp/html/moving_oss.html'],
  'portal-inquiry': ['https://myna.go.jp/SCK0701_01_001/SCK0701_01_001_Init.form'],
  'portal-messages': ['https://myna.go.jp/messages'],
  'portal-search': ['https://myna.go.jp/search'],
  'portal-menu': ['https://myna.go.jp/menu'],
  'portal-medical-info': ['https://myna.go.jp/medical-expenses', 'https://myna.go.jp/medicines', 'https://myna.go.jp/vaccines'],
  'portal-health-insurance': ['https://myna.go.jp/certificates/health-insurance-card'],
  'portal-certificates': ['https://myna.go.jp/certificates/my-number-card', 'https://myna.go.jp/certificates/medical-subsidy'],
  'portal-drivers-license': ['https://myna.go.jp/svc/drivers-license'],
  'portal-family-register': ['https://myna.go.jp/family-registration'],
  'portal-notices': ['https://myna.go.jp/html/info/index.html'],
  'portal-help': ['https://myna.go.jp/html/help.html', 'https://myna.go.jp/html/api/selfinfo/index.html'],
  'portal-public-money-account': [
    { url: 'https://myna.go.jp/pmh/account-registration', html: '<title>マイナポータル</title><h1>公金受取口座の登録</h1>' },
  ],
  'portal-user-registration': [{ url: 'https://myna.go.jp/registration', html: '<title>利用者登録｜マイナポータル</title>' }],
  'portal-other': ['https://myna.go.jp/unknown-route', { url: 'https://myna.go.jp/x', html: '<title>マイナポータル</title><h1>その他</h1>' }],
};
