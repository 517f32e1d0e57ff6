// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../src/sites/detect-page';
import { jlisDetectors } from '../../../src/sites/jlis';

describe('detectPage', () => {
  it('recognizes the J-LIS top page in Japanese', () => {
    expect(detectPage('https://www.kojinbango-card.go.jp/')).toEqual({ site: 'jlis', page: 'jlis-top', lang: 'ja' });
  });

  it('matches every example URL of its own detectors', () => {
    for (const detector of jlisDetectors) {
      for (const example of detector.examples) expect(detectPage(example)?.page).toBe(detector.page);
    }
  });

  it.each([
    ['https://www.kojinbango-card.go.jp/en/', 'en'],
    ['https://www.kojinbango-card.go.jp/en-kofushinse-checkpoint/', 'en'],
    ['https://www.kojinbango-card.go.jp/category/en/page/2/', 'en'],
    ['https://www.kojinbango-card.go.jp/es-faq/', 'es'],
    ['https://www.kojinbango-card.go.jp/tag/8/', 'pt'],
    ['https://www.kojinbango-card.go.jp/apprec/apply/facephoto/', 'ja'],
  ])('gives other J-LIS pages generic help with their language: %s', (href, lang) => {
    expect(detectPage(href)).toEqual({ site: 'jlis', page: 'jlis-other', lang });
  });

  it('says nothing about pages that are not official', () => {
    expect(detectPage('https://www.kojinbango-card.go.jp.example.com/')).toBeNull();
    expect(detectPage('http://www.kojinbango-card.go.jp/')).toBeNull();
    expect(detectPage('not a url')).toBeNull();
  });
});
