/** A piece of a translated text, and whether it is a Japanese word the user must find on the page. */
export interface TextRun {
  text: string;
  ja: boolean;
}

/** Han, kana and the marks and full-width forms Japanese writes with them. */
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆〇・「」『』（）〜０-９Ａ-Ｚａ-ｚ]+/gu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Splits a text of the user's language into runs, the Japanese words among them marked (個人番号通知書,
 * 転入届), so that screen readers say them in a Japanese voice. In Chinese, Han characters are the
 * language's own: only runs with kana are Japanese there.
 */
export function japaneseRuns(text: string, language: string): TextRun[] {
  const chinese = language === 'zh' || language.startsWith('zh-');
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(JAPANESE)) {
    const word = match[0];
    if (chinese && !KANA.test(word)) continue;
    const start = match.index;
    if (start > last) runs.push({ text: text.slice(last, start), ja: false });
    runs.push({ text: word, ja: true });
    last = start + word.length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), ja: false });
  return runs;
}
