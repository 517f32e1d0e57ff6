import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES } from './paths';

/** A fixture page and the address it is served under in the browsers. */
export interface FixturePage {
  url: string;
  file: string;
  /** The `data-page` the content script must write, or null where it must show nothing. */
  expectedPage: string | null;
  /** What the popup must say on this tab. */
  popup: 'official' | 'not-official' | 'imitation';
}

const official = (url: string, file: string, expectedPage: string): FixturePage => ({ url, file, expectedPage, popup: 'official' });
const elsewhere = (url: string, file: string, popup: FixturePage['popup']): FixturePage => ({ url, file, expectedPage: null, popup });

const JLIS = 'https://www.kojinbango-card.go.jp';
const ONLINE = 'https://net.kojinbango-card.go.jp/SS_SERVICE_OUT';

export const FIXTURE_PAGES: readonly FixturePage[] = [
  official(`${JLIS}/`, 'jlis-top.html', 'jlis-top'),
  official(`${JLIS}/index.html`, 'jlis-top-hostile-styles.html', 'jlis-top'),
  official(`${JLIS}/en/`, 'jlis-en-top.html', 'jlis-top'),
  official(`${JLIS}/apprec/`, 'jlis-apply-howto.html', 'jlis-apply'),
  official(`${JLIS}/kofushinse/checkpoint.html`, 'jlis-photo-checkpoint.html', 'jlis-photo'),
  official(`${JLIS}/en-kofushinse-checkpoint/`, 'jlis-en-photo.html', 'jlis-photo'),
  official(`${JLIS}/apprec/apply/photobooth_apply/`, 'jlis-photo-booth.html', 'jlis-photo-booth'),
  official(`${JLIS}/apprec/apply/express_apply/`, 'jlis-express.html', 'jlis-express'),
  official(`${JLIS}/tsuchicard/`, 'jlis-notice.html', 'jlis-notice'),
  official(`${JLIS}/en/uketori/`, 'jlis-en-pickup.html', 'jlis-pickup'),
  official(`${JLIS}/220401_2/`, 'jlis-validity.html', 'jlis-validity'),
  official(`${JLIS}/faq_pin2/`, 'jlis-pin-faq.html', 'jlis-pin-faq'),
  official(`${JLIS}/en-faq/`, 'jlis-en-faq.html', 'jlis-faq'),
  official(`${JLIS}/contact/`, 'jlis-contact.html', 'jlis-contact'),
  official(`${JLIS}/en-kojinbango/`, 'jlis-en-about.html', 'jlis-about'),
  official(`${JLIS}/kofuokuritsushinchoku/`, 'jlis-statistics.html', 'jlis-statistics'),
  official(`${JLIS}/info/2026/maintenance.html`, 'jlis-info.html', 'jlis-other'),
  official(`${ONLINE}/FA01S001Action.do`, 'online-terms.html', 'online-terms'),
  official(`${ONLINE}/FA01S002Action.do`, 'online-email.html', 'online-email'),
  official(`${ONLINE}/FA01S003Action.do`, 'online-email-sent.html', 'online-email-sent'),
  official(`${ONLINE}/FA02S001Action.do`, 'online-photo.html', 'online-photo'),
  // The same address as the photo screen: only the page's own heading tells them apart.
  official(`${ONLINE}/FA02S001Action.do?step=details`, 'online-details.html', 'online-details'),
  official(`${ONLINE}/FA02S003Action.do`, 'online-confirm.html', 'online-confirm'),
  official(`${ONLINE}/FA02S004Action.do`, 'online-complete.html', 'online-complete'),
  official(`${ONLINE}/FA09S001Action.do`, 'online-unknown.html', 'online-application'),
  official('https://myna.go.jp/', 'portal-spa-top.html', 'portal-top'),
  official('https://myna.go.jp/SCK0101_01_001/SCK0101_01_001_InitDiscsys.form', 'portal-legacy-top.html', 'portal-top'),
  official('https://myna.go.jp/SCK0101_03_001/SCK0101_03_001_Init.form', 'portal-legacy-login.html', 'portal-login'),
  official('https://myna.go.jp/SCK2501_01_001/SCK2501_01_001_Reload.form', 'portal-moving.html', 'portal-moving'),
  official('https://myna.go.jp/pmh/account-registration', 'portal-public-money.html', 'portal-public-money-account'),
  official('https://myna.go.jp/certificates/health-insurance-card', 'portal-health-insurance.html', 'portal-health-insurance'),
  official('https://myna.go.jp/html/help.html', 'portal-help.html', 'portal-help'),
  official('https://faq.myna.go.jp/faq/show/3494?category_id=1&site_domain=default', 'portal-faq.html', 'portal-faq'),
  official('https://img.myna.go.jp/manual/04-02/0209.html', 'portal-manual.html', 'portal-manual'),
  official('https://app.oss.myna.go.jp/Application/search', 'portal-pittari.html', 'pittari-service'),
  official('https://www.digital.go.jp/en/policies/mynumber/expiration-date', 'da-expiration.html', 'da-expiration'),
  official('https://digital.go.jp/en/policies/account_registration_mynaportal', 'da-public-money.html', 'da-public-money'),
  official('https://services.digital.go.jp/mynaportal/login/', 'da-services-portal.html', 'ds-portal-guide'),
  official('https://www2.jpki.go.jp/procedure/password.html', 'jpki-password.html', 'jpki-pin-rules'),
  official('https://www.jpki.go.jp/', 'jpki-top.html', 'jpki-top'),
  official('https://www.lg-waps.go.jp/01-00.html', 'konbini-overview.html', 'konbini-overview'),
  official('https://mynumbercard.point.soumu.go.jp/', 'mynapoint-top.html', 'mynapoint'),
  official('https://www.e-tax.nta.go.jp/en/systemriyo/systemriyo4.htm', 'etax-en.html', 'etax-en'),
  official('https://www.keisan.nta.go.jp/kyoutu/ky/sm/top', 'etax-keisan.html', 'etax-keisan'),
  official('https://www.soumu.go.jp/kojinbango_card/02.html', 'mic-card.html', 'mic-card'),
  official('https://www.mhlw.go.jp/stf/index_16743.html', 'mhlw-card.html', 'mhlw-card'),
  official('https://www.moj.go.jp/isa/support/portal/mynumbercard.html', 'isa-card.html', 'isa-card'),
  // Ministry hosts: the page's title and main heading decide, and their other pages get nothing at all.
  official('https://www.mhlw.go.jp/stf/newpage_40406.html', 'mhlw-insurance-faq.html', 'mhlw-insurance'),
  official('https://www.mhlw.go.jp/stf/houdou_kouhou/kouhou_shuppan/magazine/202404_001.html', 'mhlw-magazine.html', 'mhlw-insurance'),
  official('https://www.moj.go.jp/isa/tokutei.html', 'isa-tokutei.html', 'isa-tokutei'),
  official('https://www.nta.go.jp/publication/pamph/koho/kurashi/html/06_3.htm', 'nta-etax-card.html', 'nta-etax'),
  official('https://www.nta.go.jp/taxes/tetsuzuki/mynumberinfo/FAQ/honninkakunin_qa.htm', 'nta-mynumber-faq.html', 'nta-mynumber'),
  official('https://www.nenkin.go.jp/mynumber/kikoumynumber/1224.html', 'nenkin-mynumber.html', 'nenkin-mynumber'),
  elsewhere('https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/kenkou_iryou/kenkou/kekkaku-kansenshou/infulenza/QA2024.html', 'mhlw-unrelated.html', 'not-official'),
  elsewhere('https://www.moj.go.jp/MINJI/minji05_00435.html', 'moj-unrelated.html', 'not-official'),
  elsewhere('https://www.nta.go.jp/taxes/shiraberu/taxanswer/sozoku/4102.htm', 'nta-unrelated.html', 'not-official'),
  elsewhere('https://www.kojinbango-card.go.jp.example.com/', 'jlis-lookalike.html', 'imitation'),
  elsewhere('https://myna-portal-login.example/', 'fake-portal-login.html', 'imitation'),
  elsewhere('https://mynapoint-campaign.example/', 'fake-mynapoint.html', 'imitation'),
  // go.jp names are given to government bodies only: an unknown one is not ours, but cannot be a scam's.
  elsewhere('https://mynumbercard.go.jp/', 'fake-jlis-english.html', 'not-official'),
  elsewhere('https://news.example/articles/my-number-card-guide', 'news-article.html', 'not-official'),
  elsewhere('https://www.city.example.lg.jp/kurashi/mynumber/index.html', 'city-page.html', 'not-official'),
];

export function fixtureBody(file: string): Buffer {
  return readFileSync(path.join(FIXTURES, file));
}

/** The fixture served at this URL: the exact address first, then the address without its query. */
export function fixtureFor(url: string): FixturePage | undefined {
  const { origin, pathname, search } = new URL(url);
  const key = (href: string) => {
    const u = new URL(href);
    return `${u.origin}${u.pathname}${u.search}`;
  };
  return (
    FIXTURE_PAGES.find((page) => key(page.url) === `${origin}${pathname}${search}`) ??
    FIXTURE_PAGES.find((page) => {
      const fixture = new URL(page.url);
      return fixture.search === '' && fixture.origin === origin && fixture.pathname === pathname;
    })
  );
}

/** Same-page resources a fixture asks for (images, favicons): the page's own requests, not ours. */
export function fixtureResources(page: FixturePage): string[] {
  const html = fixtureBody(page.file).toString('utf8');
  const refs = [...html.matchAll(/\b(?:src|href)\s*=\s*["']([^"'#]+)["']/gi)].map((m) => m[1]!);
  const linked = refs.filter((ref) => /\.(gif|png|jpe?g|svg|ico|css|js)$/i.test(ref)).map((ref) => new URL(ref, page.url).href);
  return [...linked, new URL('/favicon.ico', page.url).href];
}
