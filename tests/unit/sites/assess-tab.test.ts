import { describe, expect, it } from 'vitest';
import { assessTab } from '../../../src/sites/assess-tab';
import { detectPage } from '../../../src/sites/detect-page';
import { probePage, type PageProbe } from '../../../src/sites/page-probe';
import { FIXTURE_PAGES, fixtureBody } from '../../support/fixtures';

const fixtureDocument = (file: string) => new DOMParser().parseFromString(fixtureBody(file).toString('utf8'), 'text/html');
const probeFixture = (file: string): PageProbe => probePage(fixtureDocument(file));

describe('detectPage on the fixture pages', () => {
  it.each(FIXTURE_PAGES.map((page) => [page.url, page.expectedPage, page] as const))('%s is %s', (_url, expected, page) => {
    expect(detectPage(page.url, fixtureDocument(page.file))?.page ?? null).toBe(expected);
  });
});

describe('assessTab on the fixture pages', () => {
  it.each(FIXTURE_PAGES.map((page) => [page.url, page.popup, page] as const))('%s is %s', (_url, expected, page) => {
    // On official pages the popup has the content script's answer, which has read the page.
    const status = assessTab(page.url, probeFixture(page.file), detectPage(page.url, fixtureDocument(page.file)));
    expect(status.kind).toBe(expected);
    if (status.kind === 'official') expect(status.match.page).toBe(page.expectedPage);
  });
});

describe('imitation', () => {
  it('says what a fake MyNa Portal login imitates and why', () => {
    const status = assessTab('https://myna-portal-login.example/', probeFixture('fake-portal-login.html'));
    expect(status).toMatchObject({ kind: 'imitation', host: 'myna-portal-login.example' });
    if (status.kind !== 'imitation') return;
    expect(status.imitates).toContain('myna-portal');
    expect(status.reasons.map((r) => r.kind)).toEqual(expect.arrayContaining(['mentions', 'asks-password', 'asks-pin', 'address-resembles']));
  });

  it('catches a payment form that uses MyNa Point', () => {
    const status = assessTab('https://mynapoint-campaign.example/', probeFixture('fake-mynapoint.html'));
    expect(status.kind).toBe('imitation');
    if (status.kind !== 'imitation') return;
    expect(status.imitates).toContain('mynapoint');
    expect(status.reasons.map((r) => r.kind)).toContain('asks-card');
  });

  it('needs more than the words: a page about the card with no form and a plain address is fine', () => {
    const probe: PageProbe = { title: 'マイナンバーカードの申請方法', text: 'マイナポータル', passwordFields: 0, cardFields: 0, pinFields: 0, myNumberFields: 0 };
    expect(assessTab('https://blog.example/guide', probe).kind).toBe('not-official');
  });

  it('warns on a look-alike address from its title alone when the page cannot be read', () => {
    const probe: PageProbe = { title: 'マイナポータル', text: '', passwordFields: 0, cardFields: 0, pinFields: 0, myNumberFields: 0 };
    expect(assessTab('https://myna-go.jp/', probe).kind).toBe('imitation');
    expect(assessTab('https://myna-go.jp/', null).kind).toBe('not-official');
  });

  it('does not warn on a page that uses none of the words', () => {
    const probe: PageProbe = { title: 'Login', text: 'Sign in', passwordFields: 1, cardFields: 1, pinFields: 1, myNumberFields: 0 };
    expect(assessTab('https://bank.example/', probe).kind).toBe('not-official');
  });

  it('treats browser pages and missing addresses as not official', () => {
    expect(assessTab(undefined, null).kind).toBe('not-official');
    expect(assessTab('chrome://newtab/', null).kind).toBe('not-official');
    expect(assessTab('about:blank', null).kind).toBe('not-official');
  });

  it('prefers what the content script read over the bare address', () => {
    const match = { site: 'online-application', page: 'online-email', lang: 'ja' } as const;
    const status = assessTab('https://net.kojinbango-card.go.jp/SS_SERVICE_OUT/FA01S001Action.do', null, match);
    expect(status).toEqual({ kind: 'official', match });
  });
});
