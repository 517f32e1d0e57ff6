// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../src/sites/detect-page';
import { isOfficialUrl } from '../../../src/sites/official-hosts';

/** Real-shaped addresses from domain.md and the shapes scams use, with what each must be. */
const OFFICIAL: readonly (readonly [string, string, string])[] = [
  ['https://www.kojinbango-card.go.jp/', 'jlis', 'jlis-top'],
  ['https://www.kojinbango-card.go.jp/en/', 'jlis', 'jlis-top'],
  ['https://www.kojinbango-card.go.jp/en/faq/index.html', 'jlis', 'jlis-faq'],
  ['https://www.kojinbango-card.go.jp/en/uketori/', 'jlis', 'jlis-pickup'],
  ['https://www.kojinbango-card.go.jp/en-faq/', 'jlis', 'jlis-faq'],
  ['https://www.kojinbango-card.go.jp/en-kojinbango/', 'jlis', 'jlis-about'],
  ['https://www.kojinbango-card.go.jp/en-tsuchicard/', 'jlis', 'jlis-notice'],
  ['https://www.kojinbango-card.go.jp/en-kofushinse/', 'jlis', 'jlis-apply'],
  ['https://www.kojinbango-card.go.jp/en-kofushinse-checkpoint/', 'jlis', 'jlis-photo'],
  ['https://www.kojinbango-card.go.jp/en-otoiawase/', 'jlis', 'jlis-contact'],
  ['https://www.kojinbango-card.go.jp/category/en/page/2/', 'jlis', 'jlis-apply'],
  ['https://www.kojinbango-card.go.jp/es/faq/', 'jlis', 'jlis-faq'],
  ['https://www.kojinbango-card.go.jp/tag/8/', 'jlis', 'jlis-contact'],
  ['https://www.kojinbango-card.go.jp/kofushinse/index.html', 'jlis', 'jlis-apply'],
  ['https://www.kojinbango-card.go.jp/kofushinse/checkpoint.html', 'jlis', 'jlis-photo'],
  ['https://www.kojinbango-card.go.jp/apprec/apply/facephoto/', 'jlis', 'jlis-photo'],
  ['https://www.kojinbango-card.go.jp/apprec/apply/express_apply/', 'jlis', 'jlis-express'],
  ['https://www.kojinbango-card.go.jp/tsuchicard/', 'jlis', 'jlis-notice'],
  ['https://www.kojinbango-card.go.jp/faq_pin3/', 'jlis', 'jlis-pin-faq'],
  ['https://www.kojinbango-card.go.jp/card/renewal/?utm_source=mail#top', 'jlis', 'jlis-validity'],
  ['https://www.kojinbango-card.go.jp/some/new/page/', 'jlis', 'jlis-other'],
  ['https://WWW.Kojinbango-Card.GO.JP/en-faq/', 'jlis', 'jlis-faq'],
  ['https://net.kojinbango-card.go.jp/SS_SERVICE_OUT/FA01S001Action.do', 'online-application', 'online-terms'],
  ['https://net.kojinbango-card.go.jp/SS_SERVICE_OUT/FA03S002Action.do', 'online-application', 'online-application'],
  ['https://mail.net.kojinbango-card.go.jp/', 'jlis', 'jlis-other'],
  ['https://myna.go.jp/', 'myna-portal', 'portal-top'],
  ['https://myna.go.jp/SCK0101_01_001/SCK0101_01_001_InitDiscsys.form', 'myna-portal', 'portal-top'],
  ['https://myna.go.jp/SCK0101_02_001/SCK0101_02_001_InitDiscs498.form', 'myna-portal', 'portal-other'],
  ['https://myna.go.jp/SCK0101_03_001/SCK0101_03_001_Reload.form', 'myna-portal', 'portal-login'],
  ['https://myna.go.jp/SCK2501_01_001/SCK2501_01_001_Reload.form', 'myna-portal', 'portal-moving'],
  ['https://myna.go.jp/messages?page=2', 'myna-portal', 'portal-messages'],
  ['https://myna.go.jp/allergies-and-intolerances', 'myna-portal', 'portal-medical-info'],
  ['https://myna.go.jp/certificates/health-insurance-card', 'myna-portal', 'portal-health-insurance'],
  ['https://myna.go.jp/html/moving_oss_procedure_list.html', 'myna-portal', 'portal-moving'],
  ['https://myna.go.jp/html/passport_information.html', 'myna-portal', 'portal-help'],
  ['https://img.myna.go.jp/manual/04-04/0213.html', 'myna-portal', 'portal-manual'],
  ['https://faq.myna.go.jp/faq/show/2385?category_id=12&site_domain=default', 'myna-portal', 'portal-faq'],
  ['https://app.oss.myna.go.jp/Application/help', 'myna-portal', 'pittari-service'],
  ['https://www.digital.go.jp/en/policies/mynumber/expiration-date', 'digital-agency', 'da-expiration'],
  ['https://digital.go.jp/en/policies/mynumber/faq-insurance-card', 'digital-agency', 'da-insurance'],
  ['https://www.digital.go.jp/en/policies/account_registration_faq_02', 'digital-agency', 'da-public-money'],
  ['https://www.digital.go.jp/policies/myna_portal/', 'digital-agency', 'da-portal'],
  ['https://services.digital.go.jp/mynaapp/', 'digital-agency', 'ds-myna-app'],
  ['https://services.digital.go.jp/auth-and-sign/', 'digital-agency', 'ds-auth-app'],
  ['https://developers.digital.go.jp/documents/mynaportal-api/', 'digital-agency', 'da-other'],
  ['https://www2.jpki.go.jp/procedure/password.html', 'jpki', 'jpki-pin-rules'],
  ['https://www2.jpki.go.jp/jpkiidreset/howto/faq_index.html', 'jpki', 'jpki-pin-reset'],
  ['https://www.jpki.go.jp/', 'jpki', 'jpki-top'],
  ['https://www.lg-waps.go.jp/01-04.html', 'konbini', 'konbini-municipalities'],
  ['https://mynumbercard.point.soumu.go.jp/', 'mynapoint', 'mynapoint'],
  ['https://www.e-tax.nta.go.jp/en/systemriyo/systemriyo4.htm', 'etax', 'etax-en'],
  ['https://www.keisan.nta.go.jp/', 'etax', 'etax-keisan'],
  ['https://www.soumu.go.jp/kojinbango_card/02.html', 'mic', 'mic-card'],
  ['https://www.mhlw.go.jp/stf/index_16743.html', 'mhlw', 'mhlw-card'],
  ['https://www.moj.go.jp/isa/support/portal/mynumbercard.html', 'isa', 'isa-card'],
  ['https://www.moj.go.jp/isa/tokutei.html', 'isa', 'isa-tokutei'],
  ['https://www.mhlw.go.jp/stf/newpage_40406.html', 'mhlw', 'mhlw-insurance'],
  ['https://www.nta.go.jp/taxes/tetsuzuki/mynumberinfo/FAQ/gensen.htm', 'nta', 'nta-mynumber'],
  ['https://www.nta.go.jp/publication/pamph/koho/kurashi/html/06_3.htm', 'nta', 'nta-etax'],
  ['https://www.nenkin.go.jp/mynumber/kikoumynumber/1224.html', 'nenkin', 'nenkin-mynumber'],
];

/**
 * Ministry hosts: the content script runs on all their pages, but by the address alone these are not
 * about the card (only a page's own title or heading could say so), so nothing is shown.
 */
const MINISTRY_OTHER: readonly (readonly [string, string])[] = [
  ['https://www.mhlw.go.jp/stf/seisakunitsuite/index.html', 'ministry page not about the card'],
  ['https://www.moj.go.jp/', 'ministry top page'],
  ['https://www.nta.go.jp/taxes/shiraberu/taxanswer/sozoku/4102.htm', 'a tax answer on inheritance'],
  ['https://www.soumu.go.jp/main_sosiki/joho_tsusin/denpa/index.html', 'a radio-licensing page'],
  ['https://www.nenkin.go.jp/service/kokunen/index.html', 'a pension page'],
];

const NOT_OFFICIAL: readonly (readonly [string, string])[] = [
  ['http://www.kojinbango-card.go.jp/', 'plain http'],
  ['http://myna.go.jp/', 'plain http'],
  ['https://myna.go.jp.example.com/', 'official name as a subdomain of another domain'],
  ['https://www.kojinbango-card.go.jp.example.com/', 'official name as a subdomain of another domain'],
  ['https://myna-go.jp/', 'hyphen instead of a dot'],
  ['https://mynumbercard.go.jp/', 'made-up domain seen in a third-party guide'],
  ['https://apply.jpki.go.jp/', 'subdomain no official source mentions'],
  ['https://login.myna.go.jp/', 'MyNa Portal hosts are trusted one by one'],
  ['https://kojinbango-card.go.jp.evil.example/', 'official domain as a label'],
  ['https://www.kojinbango-card.jp/', 'missing .go'],
  ['https://www.kojinbango-card.com/', 'other top-level domain'],
  ['https://myna.go.jp@evil.example/', 'credentials that look like a host'],
  ['https://evil.example/?https://myna.go.jp/', 'official address in the query'],
  ['https://evil.example/myna.go.jp/', 'official address in the path'],
  ['https://xn--mna-dfd.go.jp/', 'punycode look-alike (Cyrillic у)'],
  ['https://mуna.go.jp/', 'mixed-script look-alike'],
  ['https://www.kojinbango-cаrd.go.jp/', 'one Cyrillic letter in the J-LIS host'],
  ['https://myna.gо.jp/', 'Cyrillic о in the suffix'],
  ['https://203.0.113.7/', 'IPv4 address'],
  ['https://[2001:db8::1]/', 'IPv6 address'],
  ['https://myna.go.jp:8443/', 'non-default port'],
  ['https://www.city.example.lg.jp/mynumber/', 'a municipal page: official, but not ours'],
  ['file:///home/user/myna.go.jp/index.html', 'a local file'],
  ['chrome://extensions/', 'a browser page'],
];

describe('official addresses', () => {
  it('covers at least 60 real-shaped addresses', () => {
    expect(OFFICIAL.length + NOT_OFFICIAL.length).toBeGreaterThanOrEqual(60);
  });

  it.each(OFFICIAL)('%s is %s / %s', (href, site, page) => {
    expect(isOfficialUrl(new URL(href))).toBe(true);
    expect(detectPage(href)).toMatchObject({ site, page });
  });

  it.each(NOT_OFFICIAL)('%s is not official (%s)', (href) => {
    expect(detectPage(href)).toBeNull();
    let official = false;
    try {
      official = isOfficialUrl(new URL(href));
    } catch {
      official = false;
    }
    expect(official).toBe(false);
  });

  it.each(MINISTRY_OTHER)('%s is a ministry host, but by its address not a card page (%s)', (href) => {
    expect(isOfficialUrl(new URL(href))).toBe(true);
    expect(detectPage(href)).toBeNull();
  });

  it('never treats another host of a ministry as its own: houmukyoku.moj.go.jp, www8.cao.go.jp', () => {
    for (const href of ['https://houmukyoku.moj.go.jp/saitama/category_00007.html', 'https://www8.cao.go.jp/', 'https://nta.go.jp.example/']) {
      expect(isOfficialUrl(new URL(href)), href).toBe(false);
      expect(detectPage(href), href).toBeNull();
    }
  });

  it('takes full-width letters as the host they map to, which is where the browser goes', () => {
    expect(detectPage('https://ｍｙｎａ.go.jp/')).toMatchObject({ site: 'myna-portal', page: 'portal-top' });
  });

  it('reads the page language from the path or the document', () => {
    expect(detectPage('https://www.kojinbango-card.go.jp/es-faq/')?.lang).toBe('es');
    expect(detectPage('https://www.digital.go.jp/en/policies/mynumber/expiration-date')?.lang).toBe('en');
    expect(detectPage('https://myna.go.jp/')?.lang).toBe('ja');
  });
});
