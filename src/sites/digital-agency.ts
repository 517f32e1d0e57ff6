import { defineSite } from './define-site';
import type { SiteExamples } from './types';

/**
 * The Digital Agency's My Number pages, www.digital.go.jp and digital.go.jp, and its service guides on
 * services.digital.go.jp (domain.md §1.5). English pages are machine-translated [S42][S58].
 */
const POLICY = (path: string) => new RegExp(`^/(en/)?policies/${path}`);

export const digitalAgency = defineSite({
  site: 'digital-agency',
  hosts: ['www.digital.go.jp', 'digital.go.jp', 'services.digital.go.jp'],
  rules: [
    { page: 'ds-portal-guide', host: 'services.digital.go.jp', path: /^\/mynaportal\// }, // [G5][G7]
    { page: 'ds-myna-app', host: 'services.digital.go.jp', path: /^\/mynaapp\// }, // [G7]
    { page: 'ds-smartphone-card', host: 'services.digital.go.jp', path: /^\/mynumbercard-(iphone|android)\// }, // [G7]
    { page: 'ds-auth-app', host: 'services.digital.go.jp', path: /^\/auth-and-sign\// }, // [G27]
    { page: 'ds-card-guide', host: 'services.digital.go.jp', path: /^\/mynumbercard\// }, // [G7]
    { page: 'ds-other', host: 'services.digital.go.jp' },
    { page: 'da-expiration', path: POLICY('mynumber/expiration-date') }, // [S42]
    { page: 'da-insurance', path: POLICY('mynumber/faq-insurance-card') }, // [S53]
    { page: 'da-jpki', path: POLICY('mynumber/private-business/jpki-introduction') }, // [S93]
    { page: 'da-card-faq', path: POLICY('mynumber_faq') }, // [S52]
    { page: 'da-public-money', path: POLICY('account_registration') }, // [S58][S59]
    { page: 'da-portal', path: POLICY('myna_portal') }, // [S111]
    { page: 'da-moving', path: POLICY('moving_onestop_service') }, // [G9]
    { page: 'da-mynumber', path: POLICY('mynumber') }, // [S94]
  ],
  fallback: { page: 'da-other' },
});

export const digitalAgencyExamples: SiteExamples = {
  'ds-portal-guide': ['https://services.digital.go.jp/mynaportal/login/', 'https://services.digital.go.jp/mynaportal/help/'],
  'ds-myna-app': ['https://services.digital.go.jp/mynaapp/'],
  'ds-smartphone-card': ['https://services.digital.go.jp/mynumbercard-iphone/', 'https://services.digital.go.jp/mynumbercard-android/'],
  'ds-auth-app': ['https://services.digital.go.jp/auth-and-sign/'],
  'ds-card-guide': ['https://services.digital.go.jp/mynumbercard/auth-passcode/'],
  'ds-other': ['https://services.digital.go.jp/'],
  'da-expiration': ['https://www.digital.go.jp/en/policies/mynumber/expiration-date'],
  'da-insurance': ['https://digital.go.jp/en/policies/mynumber/faq-insurance-card'],
  'da-jpki': ['https://www.digital.go.jp/en/policies/mynumber/private-business/jpki-introduction'],
  'da-card-faq': ['https://digital.go.jp/en/policies/mynumber_faq_03'],
  'da-public-money': [
    'https://digital.go.jp/en/policies/account_registration_mynaportal',
    'https://www.digital.go.jp/en/policies/account_registration_faq_02',
  ],
  'da-portal': ['https://www.digital.go.jp/policies/myna_portal/'],
  'da-moving': ['https://www.digital.go.jp/policies/moving_onestop_service'],
  'da-mynumber': ['https://www.digital.go.jp/en/policies/mynumber/local-government/faq'],
  'da-other': ['https://www.digital.go.jp/', 'https://www.digital.go.jp/en/about'],
};
