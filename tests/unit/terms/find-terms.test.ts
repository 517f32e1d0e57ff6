import { beforeEach, describe, expect, it } from 'vitest';
import { runInSlices } from '../../../src/runtime/slices';
import { findTerms, findTermsWork, type TermOccurrence } from '../../../src/terms/find-terms';
import { normalizeChar, normalizeForMatch, STABLE_TEXT } from '../../../src/terms/normalize';
import { buildTermTrie, matchTerms } from '../../../src/terms/term-trie';

const trie = buildTermTrie([
  ['my-number-card', ['マイナンバーカード', '個人番号カード']],
  ['individual-number', ['個人番号', 'マイナンバー']],
  ['signature-certificate', ['署名用電子証明書']],
  ['electronic-certificate', ['電子証明書']],
  ['application-id', ['申請書ID']],
  ['pin', ['暗証番号']],
  ['user-certificate-pin', ['利用者証明用電子証明書の暗証番号', '利用者証明用電子証明書暗証番号']],
  ['e-tax', ['e-Tax']],
  ['kana-term', ['ガイド']],
]);

const html = (markup: string) => {
  document.body.replaceChildren();
  const doc = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
  document.body.append(...Array.from(doc.body.childNodes));
  return document.body;
};
const found = (markup: string) => findTerms(html(markup), trie).map((o) => [o.termId, o.text]);

describe('matchTerms', () => {
  it('takes the longest form at each position', () => {
    expect(matchTerms(trie, normalizeForMatch('個人番号カードと個人番号')).map((m) => m.termId)).toEqual(['my-number-card', 'individual-number']);
    expect(matchTerms(trie, normalizeForMatch('署名用電子証明書と電子証明書')).map((m) => m.termId)).toEqual([
      'signature-certificate',
      'electronic-certificate',
    ]);
  });

  it('never returns overlapping matches', () => {
    const matches = matchTerms(trie, normalizeForMatch('マイナンバーカードマイナンバー個人番号カード'));
    for (let i = 1; i < matches.length; i += 1) expect(matches[i]!.start).toBeGreaterThanOrEqual(matches[i - 1]!.end);
    expect(matches.map((m) => m.termId)).toEqual(['my-number-card', 'individual-number', 'my-number-card']);
  });
});

describe('findTerms', () => {
  beforeEach(() => document.body.replaceChildren());

  it('finds a word split across inline markup, and says what the page wrote', () => {
    expect(found('<p><span>個人</span>番号<b>カード</b>を受け取る</p>')).toEqual([['my-number-card', '個人番号カード']]);
    const [occurrence] = findTerms(html('<p><span>個人</span>番号カード</p>'), trie);
    expect(occurrence!.startNode.data).toBe('個人');
    expect(occurrence!.startOffset).toBe(0);
    expect(occurrence!.endNode.data).toBe('番号カード');
    expect(occurrence!.endOffset).toBe(5);
  });

  it('does not join words across blocks', () => {
    expect(found('<div>個人番号</div><div>カード</div>')).toEqual([['individual-number', '個人番号']]);
    expect(found('<table><tr><th>申請書</th><td>ID</td></tr></table>')).toEqual([]);
  });

  it('matches the variants: full-width, half-width kana, case and line breaks', () => {
    expect(found('<p>申請書ＩＤ（半角数字２３桁）</p>')).toEqual([['application-id', '申請書ＩＤ']]);
    expect(found('<p>申請書id</p>')).toEqual([['application-id', '申請書id']]);
    expect(found('<p>ｶﾞｲﾄﾞ</p>')).toEqual([['kana-term', 'ｶﾞｲﾄﾞ']]);
    expect(found('<p>E-TAX で申告</p>')).toEqual([['e-tax', 'E-TAX']]);
    expect(found('<p>マイナンバー\n　カード</p>')).toEqual([['my-number-card', 'マイナンバー\n　カード']]);
  });

  it('knows forms with and without の', () => {
    expect(found('<p>利用者証明用電子証明書の暗証番号</p><p>利用者証明用電子証明書暗証番号</p>')).toEqual([
      ['user-certificate-pin', '利用者証明用電子証明書の暗証番号'],
      ['user-certificate-pin', '利用者証明用電子証明書暗証番号'],
    ]);
  });

  it('leaves out scripts, styles, templates, form controls, editable and hidden parts, ruby readings and our own host', () => {
    const markup = [
      '<script>const s = "暗証番号";</script>',
      '<style>/* 暗証番号 */</style>',
      '<noscript>暗証番号</noscript>',
      '<template><p>暗証番号</p></template>',
      '<textarea>暗証番号</textarea>',
      '<select><option>暗証番号</option></select>',
      '<button>暗証番号</button>',
      '<div contenteditable="true">暗証番号</div>',
      '<div hidden>暗証番号</div>',
      '<myna-guide>暗証番号</myna-guide>',
      '<p><ruby>暗証番号<rt>あんしょうばんごう</rt></ruby>を決める</p>',
    ].join('');
    expect(found(markup)).toEqual([['pin', '暗証番号']]);
  });

  it('reads the page without changing it', () => {
    const body = html('<p><span>個人</span>番号カード</p><p>暗証番号</p>');
    const before = body.cloneNode(true);
    findTerms(body, trie);
    expect(body.isEqualNode(before)).toBe(true);
  });

  it('finds 1,000 occurrences on one page', () => {
    const paragraphs = Array.from({ length: 500 }, (_, i) => `<p>${i}: <a>個人番号</a>カードの暗証番号</p>`).join('');
    const occurrences = findTerms(html(paragraphs), trie);
    expect(occurrences).toHaveLength(1000);
    expect(occurrences.filter((o) => o.termId === 'my-number-card')).toHaveLength(500);
    expect(occurrences.filter((o) => o.termId === 'pin')).toHaveLength(500);
  });
});

describe('reading the page in slices', () => {
  it('gives the same marks as reading it in one go, over a page of thousands of nodes', async () => {
    const blocks: string[] = [];
    for (let i = 0; i < 600; i += 1) {
      blocks.push(
        i % 3 === 0
          ? `<p>申請は<span>マイナ</span>ンバーカードで\n  <b>署名用</b>電子証明書</p>`
          : i % 3 === 1
            ? `<table>\n <tr><td>申請書ＩＤ</td><td> </td></tr>\n</table><script>var 個人番号 = 1;</script>`
            : `<div hidden>暗証番号</div><ul><li>ｶﾞｲﾄﾞ\u3000e-Tax</li></ul>`,
      );
    }
    const root = html(blocks.join('\n'));
    const atOnce = findTerms(root, trie);
    // A zero-length slice pauses at every step: the most slices there can be.
    const sliced = await runInSlices(findTermsWork(root, trie), new AbortController().signal, 0);
    const shape = (list: readonly TermOccurrence[]) =>
      list.map((o) => [o.termId, o.text, o.startOffset, o.endOffset, o.nodes.length, o.startNode === o.endNode]);
    expect(atOnce.length).toBe(200 * 5);
    expect(shape(sliced!)).toEqual(shape(atOnce));
    expect(sliced!.every((o, i) => o.startNode === atOnce[i]!.startNode && o.endNode === atOnce[i]!.endNode)).toBe(true);
  });

  it('pauses while reading: a page of 2,000 text nodes is more than one step', () => {
    const root = html('<p>マイナンバーカード</p>'.repeat(2000));
    const work = findTermsWork(root, trie);
    let pauses = 0;
    for (let step = work.next(); !step.done; step = work.next()) pauses += 1;
    expect(pauses).toBeGreaterThanOrEqual(2000 / 256);
  });
});

describe('text read as it is', () => {
  it('accepts only characters that normalization leaves unchanged', () => {
    let accepted = 0;
    for (let code = 0; code <= 0xffff; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code);
      if (!STABLE_TEXT.test(char)) continue;
      accepted += 1;
      expect(normalizeChar(char), `U+${code.toString(16)}`).toBe(char);
    }
    // Kana, the unified kanji, punctuation and ASCII: the fast path covers ordinary Japanese prose.
    expect(accepted).toBeGreaterThan(21_000);
    for (const text of ['マイナンバーカードの申請について。', '「個人番号」（12桁）', 'e-tax 2026']) {
      expect(STABLE_TEXT.test(text), text).toBe(text === 'マイナンバーカードの申請について。');
    }
  });

  it('normalizes text of those, capitals and white space at once, as one character at a time would', () => {
    const texts = ['e-Tax で申請\n  ID を入力', 'マイナンバーカード\u3000交付申請書', 'JPKI\tPIN', '「個人番号」'];
    for (const text of texts) expect(normalizeForMatch(text)).toBe([...text].map(normalizeChar).join(''));
    expect(normalizeForMatch('e-Tax で申請\n  ID')).toBe('e-taxで申請id');
    // Anything else takes the long way: full-width letters and half-width kana still match.
    expect(normalizeForMatch('ＩＤ ｶｰﾄﾞ')).toBe('idカード');
  });

  it('tells each occurrence the block it stands in', () => {
    const body = html('<p>申請は<span>個人</span>番号カードで</p><div><b>個人番号</b></div>');
    expect(findTerms(body, trie).map((o) => [o.termId, o.block?.nodeName])).toEqual([
      ['my-number-card', 'P'],
      ['individual-number', 'DIV'],
    ]);
  });
});
