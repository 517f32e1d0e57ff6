import { describe, expect, it } from 'vitest';
import { englishResources } from '../../../src/i18n/resources';
import { detectPage } from '../../../src/sites/detect-page';
import { SITE_EXAMPLES, SITE_OTHER_PAGES } from '../../../src/sites/examples';
import { OFFICIAL_SCOPES } from '../../../src/sites/official-hosts';
import { SITE_DETECTORS } from '../../../src/sites/registry';
import { SITE_IDS, type PageExample } from '../../../src/sites/types';

function exampleInput(example: PageExample): { url: URL; doc?: Document } {
  if (typeof example === 'string') return { url: new URL(example) };
  const doc = new DOMParser().parseFromString(`<!DOCTYPE html><html lang="ja"><head></head><body>${example.html}</body></html>`, 'text/html');
  // A <title> written in the body snippet still names the document, as browsers do.
  const title = doc.querySelector('title');
  if (title) doc.head.append(title);
  return { url: new URL(example.url), doc };
}

const describeExample = (example: PageExample) => (typeof example === 'string' ? example : `${example.url} + ${example.html}`);

describe('site registry', () => {
  it('has one detector per site id, each with examples', () => {
    expect(SITE_DETECTORS.map((d) => d.site).sort()).toEqual([...SITE_IDS].sort());
    expect(Object.keys(SITE_EXAMPLES).sort()).toEqual([...SITE_IDS].sort());
  });

  it('gives every host of the content script to exactly one detector, and no other host', () => {
    const scopeHosts = OFFICIAL_SCOPES.map((scope) => scope.host).sort();
    const detectorHosts = SITE_DETECTORS.flatMap((d) => d.hosts).sort();
    expect(detectorHosts).toEqual(scopeHosts);
  });

  describe.each(SITE_DETECTORS.map((d) => [d.site, d] as const))('%s', (site, detector) => {
    const examples = SITE_EXAMPLES[site];

    it('has examples for every page it can report, and none for pages it cannot', () => {
      expect(Object.keys(examples).sort()).toEqual([...detector.pages].sort());
      for (const page of detector.pages) expect(examples[page]!.length, page).toBeGreaterThan(0);
    });

    const cases = Object.entries(examples).flatMap(([page, list]) => list.map((example) => [page, example] as const));
    it.each(cases.map(([page, example]) => [describeExample(example), page, example] as const))(
      'recognizes %s as %s, and no other detector claims it',
      (_name, page, example) => {
        const { url, doc } = exampleInput(example);
        expect(detector.detect(url, doc)?.page).toBe(page);
        expect(detectPage(url.href, doc)).toMatchObject({ site, page });
        for (const other of SITE_DETECTORS.filter((d) => d !== detector)) expect(other.detect(url, doc), other.site).toBeNull();
      },
    );

    const others = SITE_OTHER_PAGES[site] ?? [];
    it(detector.owns === 'pages' ? 'shares its host with pages not about the card, and has examples of them' : 'owns every page of its hosts', () => {
      if (detector.owns === 'pages') expect(others.length).toBeGreaterThan(0);
      else expect(others).toEqual([]);
    });

    it.each(others.map((example) => [describeExample(example), example] as const))(
      'gives %s nothing at all: no page, no other detector',
      (_name, example) => {
        const { url, doc } = exampleInput(example);
        expect(detector.hosts).toContain(url.hostname);
        expect(detectPage(url.href, doc)).toBeNull();
        for (const any of SITE_DETECTORS) expect(any.detect(url, doc), any.site).toBeNull();
      },
    );

    it('has an English name for the site and for each of its pages', () => {
      const sites = englishResources.sites as unknown as Record<string, { name?: string }>;
      const pages = englishResources.sites.pages as Record<string, string>;
      expect(sites[site]?.name).toBeTruthy();
      for (const page of detector.pages) expect(pages[page], page).toBeTruthy();
    });
  });
});
