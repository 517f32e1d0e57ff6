/**
 * Matching compares text after Unicode NFKC (full-width ＡＢＣ１２３ and half-width ｶﾅ become ABC123 and
 * カナ), with ASCII letters lowercased and white space dropped, so that a word broken by a line break,
 * a full-width space or markup still matches. This file does it one character at a time, so that every
 * character of the result can be traced back to where it came from in the page; a text that needs no
 * more than lowercasing and dropping white space is taken whole.
 */

const cache = new Map<string, string>();

/** Kana, kanji, the common Japanese punctuation and printable ASCII other than capitals. */
const STABLE_CHARS = '!-@[-~\\u3001-\\u3003\\u3005-\\u3011\\u3013-\\u301c\\u3041-\\u3096\\u309d\\u309e\\u30a1-\\u30fe\\u4e00-\\u9fff';

/**
 * A text of characters that normalization leaves as they are (tested one by one): most Japanese prose.
 * It is read as it is, with no normalized copy made to compare.
 */
export const STABLE_TEXT = new RegExp(`^[${STABLE_CHARS}]*$`);

/** The same with capitals and white space, which lowercasing and dropping the white space are all it takes. */
const SIMPLE_TEXT = new RegExp(`^[${STABLE_CHARS}A-Z\\t\\n\\v\\f\\r \\u3000]*$`);

/** The normalized form of one character (a code point); '' for white space. */
export function normalizeChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x80) {
    if (code <= 0x20) return '';
    return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : char;
  }
  let normalized = cache.get(char);
  if (normalized === undefined) {
    normalized = char.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
    cache.set(char, normalized);
  }
  return normalized;
}

/** Half-width katakana voicing marks become combining marks under NFKC; they belong to the kana before. */
export const isCombiningKanaMark = (char: string) => char === '\u3099' || char === '\u309a';

/** A whole string normalized the same way: used for the terms' own forms. */
export function normalizeForMatch(text: string): string {
  if (SIMPLE_TEXT.test(text)) return text.toLowerCase().replace(/\s+/g, '');
  let out = '';
  for (const char of text) {
    const normalized = normalizeChar(char);
    for (const part of normalized) {
      if (isCombiningKanaMark(part) && out.length > 0) {
        const composed = (out.slice(-1) + part).normalize('NFC');
        out = composed.length === 1 ? out.slice(0, -1) + composed : out + part;
      } else {
        out += part;
      }
    }
  }
  return out;
}
