// @vitest-environment node
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  coverageReport,
  formatReport,
  glossaryGaps,
  japaneseWords,
  normalizeWithBreaks,
  parseCliArgs,
  stripHeader,
} from '../../../scripts/glossary/gaps';
import { TERMS } from '../../../src/knowledge/terms';
import { normalizeForMatch } from '../../../src/terms/normalize';
import { buildTermTrie, matchTerms } from '../../../src/terms/term-trie';
import { ROOT } from '../../support/paths';

describe('the Japanese words of a text', () => {
  it.each([
    ['hiragana splits', 'マイナンバーカードを申請します', ['マイナンバーカード', '申請']],
    ['katakana and kanji join', '個人番号カード交付申請書の様式', ['個人番号カード交付申請書', '様式']],
    ['single characters are dropped', '市の窓口へ行く', ['窓口']],
    ['Latin, digits and punctuation split', 'ID2枚目、ＩＣチップ（電子証明書）。１２３番地', ['枚目', 'チップ', '電子証明書', '番地']],
    ['white space splits', '個人 番号\nカード\u3000交付', ['個人', '番号', 'カード', '交付']],
    ['々 〆 ヶ belong to words', '人々が3ヶ月の〆切', ['人々', 'ヶ月', '〆切']],
    ['Extension A kanji are kanji', '㐂田さん', ['㐂田']],
    ['ー alone is no word', 'らーめん', []],
  ])('%s', (_name, text, words) => {
    expect(japaneseWords(text)).toEqual(words);
  });

  it('normalizes full-width and half-width katakana first', () => {
    expect(japaneseWords('ﾏｲﾅﾝﾊﾞｰｶｰﾄﾞと個人番号ｶｰﾄﾞ')).toEqual(['マイナンバーカード', '個人番号カード']);
    expect(japaneseWords('ﾏｲﾅ･ﾎﾟｲﾝﾄ')).toEqual(['マイナ・ポイント']);
  });

  it('keeps ・ only between katakana', () => {
    expect(japaneseWords('マイナ・ポイント')).toEqual(['マイナ・ポイント']);
    expect(japaneseWords('氏名・住所')).toEqual(['氏名', '住所']);
    expect(japaneseWords('・カード・')).toEqual(['カード']);
    expect(japaneseWords('カード・住所')).toEqual(['カード', '住所']);
    expect(japaneseWords('カード・・ポイント')).toEqual(['カード', 'ポイント']);
    expect(japaneseWords('マイナ・\nポイント')).toEqual(['マイナ', 'ポイント']);
  });

  it('works on the very string the content script matches on', () => {
    for (const text of ['個人 番号', 'ｶ ﾞﾃﾞｼﾞﾀﾙ庁', '㈱ABC\u3000ﾃﾞｰﾀ\r\n', ' 先頭と末尾 ', '𠮷野家']) {
      expect(normalizeWithBreaks(text).text).toBe(normalizeForMatch(text));
    }
    expect([...normalizeWithBreaks(' 個人 番号 ').breaks]).toEqual([2]);
  });
});

describe('coverage by a small glossary', () => {
  const trie = buildTermTrie([
    ['card', ['個人番号カード']],
    ['number', ['個人番号']],
    ['apply', ['申請']],
    ['portal', ['マイナポータル']],
  ]);

  it('reports the uncovered remainder of a partly covered word, not single characters', () => {
    expect(glossaryGaps('個人番号カード交付申請書', trie)).toEqual({ words: 1, covered: 0, gaps: [{ word: '交付', count: 1 }] });
  });

  it('counts distinct words and the covered ones', () => {
    const text = '個人番号カードを申請。個人番号カードの交付。申請はマイナポータルで';
    expect(glossaryGaps(text, trie)).toEqual({ words: 4, covered: 3, gaps: [{ word: '交付', count: 1 }] });
  });

  it('matches longest first, left to right and without overlaps, as on pages', () => {
    const overlapping = buildTermTrie([
      ['number', ['個人番号']],
      ['number-card', ['番号カード']],
    ]);
    // 個人番号 is taken at the first position, so 番号カード never matches and カード is left over.
    expect(glossaryGaps('個人番号カード', overlapping)).toEqual({ words: 1, covered: 0, gaps: [{ word: 'カード', count: 1 }] });
    // With the longer form in the glossary the whole word is one occurrence.
    expect(glossaryGaps('個人番号カード', trie)).toEqual({ words: 1, covered: 1, gaps: [] });
  });

  it('matches across white space as on pages, while the space still ends a word', () => {
    expect(glossaryGaps('個人\n番号 カード', trie)).toEqual({ words: 3, covered: 3, gaps: [] });
  });

  it('covers a word only where every occurrence is covered', () => {
    const withParticle = buildTermTrie([['issue', ['の交付']]]);
    expect(glossaryGaps('カードの交付。交付', withParticle)).toEqual({
      words: 2,
      covered: 0,
      gaps: [
        { word: 'カード', count: 1 },
        { word: '交付', count: 1 },
      ],
    });
    expect(glossaryGaps('カードの交付', withParticle)).toMatchObject({ words: 2, covered: 1 });
  });

  it('adds up the counts and sorts by count, then in Japanese order', () => {
    const text = '交付。手続、手続。漢字・メモ、アイ。交付、手続。申請書';
    expect(glossaryGaps(text, trie).gaps).toEqual([
      { word: '手続', count: 3 },
      { word: '交付', count: 2 },
      { word: 'アイ', count: 1 },
      { word: 'メモ', count: 1 },
      { word: '漢字', count: 1 },
    ]);
  });

  it('trims ・ from the edges of a gap', () => {
    expect(glossaryGaps('マイナポータル・ログイン', trie).gaps).toEqual([{ word: 'ログイン', count: 1 }]);
  });

  it('reports each file and merges the gaps of all', () => {
    const report = coverageReport(
      [
        { name: 'a', text: '個人番号カード交付。交付' },
        { name: 'b', text: '申請と交付と手続' },
        { name: 'c', text: 'English only' },
      ],
      trie,
    );
    expect(report.files).toEqual([
      { name: 'a', words: 2, covered: 0, percent: 0 },
      { name: 'b', words: 3, covered: 1, percent: 33.3 },
      { name: 'c', words: 0, covered: 0, percent: 100 },
    ]);
    expect(report.total).toEqual({ words: 4, covered: 1, percent: 25 });
    expect(report.gaps).toEqual([
      { word: '交付', count: 3 },
      { word: '手続', count: 1 },
    ]);
    expect(formatReport(report, 1)).toBe(
      ['a: 0/2 (0.0%)', 'b: 1/3 (33.3%)', 'c: 0/0 (no Japanese words)', 'all files: 1/4 (25.0%)', '', 'gaps: 2 distinct, the 1 most frequent', '3\t交付'].join(
        '\n',
      ),
    );
  });
});

describe('coverage by the real glossary', () => {
  const trie = buildTermTrie(TERMS.map((term) => [term.id, term.forms] as const));

  it('covers 個人番号カード and reports a word no term has', () => {
    // Made-up words, so that the test holds however the glossary grows: use the first that no term touches.
    const unknown = ['試験用語彙', '架空語彙', '擬似単語彙'].find((word) => matchTerms(trie, normalizeForMatch(word)).length === 0);
    expect(unknown).toBeDefined();
    const result = glossaryGaps(`個人番号カードと${unknown}`, trie);
    expect(result).toMatchObject({ words: 2, covered: 1 });
    expect(result.gaps).toEqual([{ word: unknown, count: 1 }]);
  });
});

describe('the command line', () => {
  it('parses files and options in any order', () => {
    expect(parseCliArgs(['a.txt', '--top', '5', 'b.txt', '--json'])).toEqual({ files: ['a.txt', 'b.txt'], top: 5, json: true, help: false });
    expect(parseCliArgs(['--top=0', 'a.txt'])).toEqual({ files: ['a.txt'], top: 0, json: false, help: false });
    expect(parseCliArgs(['--', '--odd.txt'])).toEqual({ files: ['--odd.txt'], top: undefined, json: false, help: false });
    expect(parseCliArgs(['--help'])).toMatchObject({ help: true });
  });

  it.each([
    [[], 'no files given'],
    [['--json'], 'no files given'],
    [['a.txt', '--top'], '--top needs a whole number, got nothing'],
    [['--top', 'many', 'a.txt'], '--top needs a whole number, got many'],
    [['--verbose', 'a.txt'], 'unknown option --verbose'],
  ])('refuses %j', (args, error) => {
    expect(parseCliArgs(args)).toEqual({ error });
  });

  it('reads only the text after a header, named by its URL', () => {
    const file = 'URL: https://example.go.jp/a\nTITLE: 題名\nHEADINGS: 見出し | 別見出し\nTOPIC: card\n---\n本文です\n';
    expect(stripHeader(file)).toEqual({ url: 'https://example.go.jp/a', text: '本文です\n' });
    expect(stripHeader('\uFEFFURL: u\r\n---\r\n本文')).toEqual({ url: 'u', text: '本文' });
    expect(stripHeader('TITLE: 題名\n---\n本文')).toEqual({ url: undefined, text: '本文' });
  });

  it('reads the whole file when no --- line is in its first 10 lines', () => {
    expect(stripHeader('本文\nだけ')).toEqual({ url: undefined, text: '本文\nだけ' });
    const late = `${'行\n'.repeat(10)}---\n後`;
    expect(stripHeader(late)).toEqual({ url: undefined, text: late });
  });

  it('runs on a file, and fails naming a missing one', { timeout: 30_000 }, () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'glossary-gaps-'));
    try {
      const file = path.join(dir, 'page.txt');
      writeFileSync(file, 'URL: https://example.go.jp/\n---\n個人番号カードと試験用語彙。試験用語彙\n');
      const bin = path.join(ROOT, 'node_modules/.bin/vite-node');
      const output = execFileSync(bin, ['scripts/glossary-gaps.ts', file, '--top', '1'], { cwd: ROOT, encoding: 'utf8' });
      expect(output).toMatch(/^https:\/\/example\.go\.jp\/: 1\/2 \(50\.0%\)\n/);
      expect(output).toMatch(/\n2\t試験用語彙\n?$/);
      const missing = spawnSync(bin, ['scripts/glossary-gaps.ts', path.join(dir, 'missing.txt')], { cwd: ROOT, encoding: 'utf8' });
      expect(missing.status).toBe(1);
      expect(missing.stderr).toContain(`cannot read ${path.join(dir, 'missing.txt')}: no such file`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
