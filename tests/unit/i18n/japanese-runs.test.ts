import { describe, expect, it } from 'vitest';
import { japaneseRuns } from '../../../src/i18n/japanese-runs';

describe('japaneseRuns', () => {
  it('marks the Japanese words inside an English text', () => {
    expect(japaneseRuns('Bring your 個人番号通知書 and the 転入届 (moving-in notification).', 'en')).toEqual([
      { text: 'Bring your ', ja: false },
      { text: '個人番号通知書', ja: true },
      { text: ' and the ', ja: false },
      { text: '転入届', ja: true },
      { text: ' (moving-in notification).', ja: false },
    ]);
  });

  it('keeps kana, the long mark and Japanese brackets in one word', () => {
    expect(japaneseRuns('Look for 「マイナンバーカード」 here', 'es').filter((run) => run.ja).map((run) => run.text)).toEqual(['「マイナンバーカード」']);
  });

  it('leaves a text without Japanese as one run', () => {
    expect(japaneseRuns('Nothing Japanese here: 2026-12-06.', 'en')).toEqual([{ text: 'Nothing Japanese here: 2026-12-06.', ja: false }]);
    expect(japaneseRuns('마이넘버 카드', 'ko')).toEqual([{ text: '마이넘버 카드', ja: false }]);
  });

  it('in Chinese marks only words with kana, since Han characters are Chinese there too', () => {
    const runs = japaneseRuns('请带上个人编号卡和 マイナンバーカード。', 'zh-Hans');
    expect(runs.filter((run) => run.ja).map((run) => run.text)).toEqual(['マイナンバーカード']);
    expect(runs.map((run) => run.text).join('')).toBe('请带上个人编号卡和 マイナンバーカード。');
  });
});
