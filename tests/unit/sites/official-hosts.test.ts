// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findOfficialScope, OFFICIAL_SCOPES, officialMatchPatterns } from '../../../src/sites/official-hosts';

const scopeOf = (href: string) => findOfficialScope(new URL(href))?.host ?? null;

describe('official scopes', () => {
  it('give one https match pattern per scope, with no wildcard host', () => {
    const patterns = officialMatchPatterns();
    expect(patterns).toHaveLength(OFFICIAL_SCOPES.length);
    for (const pattern of patterns) {
      expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\.go\.jp\/\S*\*$/);
      expect(pattern).not.toContain('*.');
    }
  });

  it('has a source for every scope', () => {
    for (const scope of OFFICIAL_SCOPES) expect(scope.sources.length).toBeGreaterThan(0);
  });

  it.each([
    ['https://www.kojinbango-card.go.jp/', 'www.kojinbango-card.go.jp'],
    ['https://net.kojinbango-card.go.jp/SS_SERVICE_OUT/FA01S001Action.do', 'net.kojinbango-card.go.jp'],
    ['https://myna.go.jp/SCK0101_01_001/SCK0101_01_001_InitDiscsys.form', 'myna.go.jp'],
    // Full-width letters are the same host once the URL parser maps them: the browser goes to the real site.
    ['https://ｍｙｎａ.go.jp/', 'myna.go.jp'],
    ['https://WWW.KOJINBANGO-CARD.GO.JP/en/', 'www.kojinbango-card.go.jp'],
    ['https://www.mhlw.go.jp/stf/index_16743.html', 'www.mhlw.go.jp'],
    ['https://www.soumu.go.jp/kojinbango_card/02.html', 'www.soumu.go.jp'],
    // Ministry hosts are in scope whole: the page's title and main heading decide (src/sites/ministry-topics.ts).
    ['https://www.mhlw.go.jp/stf/other.html', 'www.mhlw.go.jp'],
    ['https://www.moj.go.jp/isa/tokutei.html', 'www.moj.go.jp'],
    ['https://www.nta.go.jp:443/taxes/tetsuzuki/mynumberinfo/honninkakunin/shorui.htm', 'www.nta.go.jp'],
    ['https://www.nenkin.go.jp/mynumber/', 'www.nenkin.go.jp'],
  ])('accepts %s', (href, host) => {
    expect(scopeOf(href)).toBe(host);
  });

  it.each([
    ['plain http', 'http://www.kojinbango-card.go.jp/'],
    ['a look-alike suffix', 'https://myna.go.jp.example.com/'],
    ['a hyphenated look-alike', 'https://myna-go.jp/'],
    ['a made-up official-sounding domain', 'https://mynumbercard.go.jp/'],
    ['an unknown subdomain seen only in third-party guides', 'https://apply.jpki.go.jp/'],
    ['credentials before the host', 'https://myna.go.jp@evil.example/'],
    ['a Cyrillic look-alike', 'https://myna.gо.jp/'],
    ['a punycode look-alike', 'https://xn--mna-dfd.go.jp/'],
    ['a Cyrillic letter inside the J-LIS host', 'https://www.kojinbango-cаrd.go.jp/'],
    ['an IP address', 'https://203.0.113.7/'],
    ['a non-default port', 'https://myna.go.jp:8443/'],
    ['another host of a ministry', 'https://houmukyoku.moj.go.jp/saitama/'],
    ['a ministry page over plain http', 'http://www.mhlw.go.jp/stf/newpage_40406.html'],
  ])('rejects %s', (_why, href) => {
    expect(scopeOf(href)).toBeNull();
  });
});
