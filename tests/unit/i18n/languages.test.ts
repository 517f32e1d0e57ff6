// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { browserLanguage, LANGUAGE_NAMES, LANGUAGES, resolveLanguage, shouldAskLanguage } from '../../../src/i18n/languages';

describe('choosing the language', () => {
  it.each([
    [['en-US', 'en'], 'en'],
    [['zh-CN', 'zh'], 'zh-Hans'],
    [['zh-SG'], 'zh-Hans'],
    [['zh-TW'], 'zh-Hant'],
    [['zh-HK'], 'zh-Hant'],
    [['zh-Hant-TW'], 'zh-Hant'],
    [['zh-Hans-HK'], 'zh-Hans'],
    [['zh-Hans-TW'], 'zh-Hans'],
    [['zh_TW'], 'zh-Hant'],
    [['yue-HK'], 'zh-Hant'],
    [['pt_BR'], 'pt-BR'],
    [['KO-kr'], 'ko'],
    [['in'], 'id'],
    [['ko-KR'], 'ko'],
    [['vi'], 'vi'],
    [['fil-PH'], 'fil'],
    [['tl'], 'fil'],
    [['ne-NP'], 'ne'],
    [['pt-BR'], 'pt-BR'],
    [['pt-PT'], 'pt-BR'],
    [['id-ID'], 'id'],
    [['th-TH'], 'th'],
    [['es-419'], 'es'],
    [['de-DE', 'vi-VN', 'en'], 'vi'],
    [['de-DE', 'fr'], 'en'],
    [[], 'en'],
  ])('a browser asking for %j starts in %s', (tags, expected) => {
    expect(browserLanguage(tags)).toEqual({ language: expected, japanese: false });
  });

  it('starts a Japanese browser in English and marks it to be asked once', () => {
    expect(browserLanguage(['ja-JP', 'ja', 'vi'])).toEqual({ language: 'en', japanese: true });
    expect(browserLanguage(['ja'])).toEqual({ language: 'en', japanese: true });
    expect(browserLanguage(['JA_jp'])).toEqual({ language: 'en', japanese: true });
    // Japanese further down the list is not a Japanese browser.
    expect(browserLanguage(['ko', 'ja'])).toEqual({ language: 'ko', japanese: false });
  });

  it('asks once: on a Japanese browser, until the user has answered or chosen', () => {
    expect(shouldAskLanguage({ language: null, languageAsked: false }, ['ja-JP'])).toBe(true);
    expect(shouldAskLanguage({ language: null, languageAsked: true }, ['ja-JP'])).toBe(false);
    expect(shouldAskLanguage({ language: 'en', languageAsked: false }, ['ja-JP'])).toBe(false);
    expect(shouldAskLanguage({ language: null, languageAsked: false }, ['en-US'])).toBe(false);
  });

  it('prefers the user’s choice over the browser', () => {
    expect(resolveLanguage('th', ['ko-KR'])).toBe('th');
    expect(resolveLanguage(null, ['ko-KR'])).toBe('ko');
  });

  it('names every language in itself', () => {
    expect(Object.keys(LANGUAGE_NAMES)).toEqual([...LANGUAGES]);
    expect(new Set(Object.values(LANGUAGE_NAMES)).size).toBe(LANGUAGES.length);
  });
});
