/**
 * Which Japanese words of a page no glossary term covers: the pure part of `npm run glossary-gaps`
 * (scripts/glossary-gaps.ts does the reading and printing).
 *
 * Everything is measured on one string, the text normalized exactly as the content script normalizes
 * page text (normalizeForMatch: NFKC, ASCII lowercased, white space dropped), so that term matches and
 * word positions agree. White space is dropped for matching, as on pages (a term broken by a line
 * break still matches), but it still ends a word: the places where it was dropped are kept as breaks.
 */
import { isCombiningKanaMark, normalizeChar } from '../../src/terms/normalize';
import { matchTerms, type TermTrie } from '../../src/terms/term-trie';

// ---------------------------------------------------------------------------------------------------
// Normalization and words

export interface NormalizedText {
  /** Equal to normalizeForMatch(original). */
  text: string;
  /** Indices into text before which white space was dropped: a word never runs across one. */
  breaks: ReadonlySet<number>;
}

/** normalizeForMatch, also remembering where white space was dropped. */
export function normalizeWithBreaks(original: string): NormalizedText {
  const chunks: string[] = [];
  const breaks = new Set<number>();
  let length = 0;
  let pendingBreak = false;
  for (const char of original) {
    const normalized = normalizeChar(char);
    if (normalized === '') {
      pendingBreak = true;
      continue;
    }
    for (const part of normalized) {
      if (isCombiningKanaMark(part) && chunks.length > 0) {
        // As normalizeForMatch: the voicing mark of half-width kana composes with the kana before.
        const last = chunks[chunks.length - 1]!;
        const composed = (last.slice(-1) + part).normalize('NFC');
        if (composed.length === 1) {
          chunks[chunks.length - 1] = last.slice(0, -1) + composed;
          continue;
        }
      }
      if (pendingBreak) {
        if (length > 0) breaks.add(length);
        pendingBreak = false;
      }
      chunks.push(part);
      length += part.length;
    }
  }
  return { text: chunks.join(''), breaks };
}

/** ァ–ヺ and ー (ヶ, ヵ included). */
function isKatakana(code: number): boolean {
  return (code >= 0x30a1 && code <= 0x30fa) || code === 0x30fc;
}

function isKanji(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) || // CJK Unified Ideographs
    (code >= 0x3400 && code <= 0x4dbf) || // Extension A
    (code >= 0x20000 && code <= 0x3134f) || // Extensions B–G
    (code >= 0xf900 && code <= 0xfaff) || // compatibility ideographs NFKC keeps
    code === 0x3005 || // 々
    code === 0x3006 || // 〆
    code === 0x30f6 // ヶ
  );
}

const NAKAGURO = 0x30fb; // ・

const isWordChar = (code: number) => isKanji(code) || isKatakana(code);

interface Run {
  start: number;
  end: number;
}

/** Maximal kanji/katakana runs of a normalized text, as [start, end) offsets, single characters kept. */
function findRuns({ text, breaks }: NormalizedText): Run[] {
  const runs: Run[] = [];
  let start = -1;
  let previous = -1; // code of the last character in the current run
  const close = (end: number) => {
    if (start >= 0) runs.push({ start, end });
    start = -1;
  };
  let i = 0;
  while (i < text.length) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    if (breaks.has(i)) close(i);
    if (isWordChar(code)) {
      if (start < 0) start = i;
      previous = code;
    } else if (code === NAKAGURO && start >= 0 && isKatakana(previous) && !breaks.has(i + 1) && isKatakana(text.codePointAt(i + 1) ?? 0)) {
      // ・ joins two katakana words (マイナ・ポイント) and nothing else.
      previous = code;
    } else {
      close(i);
    }
    i += width;
  }
  close(text.length);
  return runs;
}

const codePointLength = (word: string) => {
  let n = 0;
  for (const _ of word) n += 1;
  return n;
};

/** The kanji and katakana words of a text, in order, after normalization; single characters dropped. */
export function japaneseWords(text: string): string[] {
  const normalized = normalizeWithBreaks(text);
  return findRuns(normalized)
    .map(({ start, end }) => normalized.text.slice(start, end))
    .filter((word) => codePointLength(word) >= 2);
}

// ---------------------------------------------------------------------------------------------------
// Coverage

export interface Gap {
  word: string;
  count: number;
}

export interface GlossaryGaps {
  /** Distinct words of the text. */
  words: number;
  /** Distinct words every character of which lies inside a term occurrence, wherever the word appears. */
  covered: number;
  /** Uncovered parts of words (two characters or more), most frequent first. */
  gaps: Gap[];
}

interface Analysis {
  /** Each distinct word, and whether every occurrence of it is covered. */
  words: Map<string, boolean>;
  gaps: Map<string, number>;
}

function analyze(original: string, trie: TermTrie): Analysis {
  const normalized = normalizeWithBreaks(original);
  const { text } = normalized;
  const inTerm = new Uint8Array(text.length);
  for (const { start, end } of matchTerms(trie, text)) inTerm.fill(1, start, end);

  const words = new Map<string, boolean>();
  const gaps = new Map<string, number>();
  const addGap = (start: number, end: number) => {
    // A gap is a word of its own: ・ belongs only between katakana, not at its edges.
    while (start < end && text.charCodeAt(start) === NAKAGURO) start += 1;
    while (end > start && text.charCodeAt(end - 1) === NAKAGURO) end -= 1;
    const word = text.slice(start, end);
    if (codePointLength(word) >= 2) gaps.set(word, (gaps.get(word) ?? 0) + 1);
  };

  for (const { start, end } of findRuns(normalized)) {
    const word = text.slice(start, end);
    if (codePointLength(word) < 2) continue;
    let gapStart = -1;
    let fullyCovered = true;
    for (let i = start; i < end; i += 1) {
      if (inTerm[i] === 1) {
        if (gapStart >= 0) addGap(gapStart, i);
        gapStart = -1;
      } else {
        fullyCovered = false;
        if (gapStart < 0) gapStart = i;
      }
    }
    if (gapStart >= 0) addGap(gapStart, end);
    words.set(word, (words.get(word) ?? true) && fullyCovered);
  }
  return { words, gaps };
}

const collator = new Intl.Collator('ja');

/** Most frequent first, then in Japanese order (the same as localeCompare(b, 'ja')). */
function sortGaps(counts: ReadonlyMap<string, number>): Gap[] {
  return [...counts]
    .map(([word, count]) => ({ word, count }))
    .sort((a, b) => b.count - a.count || collator.compare(a.word, b.word));
}

const countCovered = (words: ReadonlyMap<string, boolean>) => [...words.values()].filter(Boolean).length;

/**
 * How much of a text's Japanese the glossary covers. Terms are found with matchTerms on the normalized
 * text, so longest-first and without overlaps, as on pages; a term may cross word edges (forms with
 * hiragana), and a word is covered only if each of its characters is inside some occurrence.
 */
export function glossaryGaps(text: string, trie: TermTrie): GlossaryGaps {
  const { words, gaps } = analyze(text, trie);
  return { words: words.size, covered: countCovered(words), gaps: sortGaps(gaps) };
}

export interface FileCoverage {
  name: string;
  words: number;
  covered: number;
  /** covered / words in percent, one decimal; 100 for a text without Japanese words. */
  percent: number;
}

export interface CoverageReport {
  files: FileCoverage[];
  /** Over all files together: distinct words of any file, covered if covered in every file. */
  total: Omit<FileCoverage, 'name'>;
  /** Gaps of all files, counts added up. */
  gaps: Gap[];
}

const percentOf = (covered: number, words: number) => (words === 0 ? 100 : Math.round((covered / words) * 1000) / 10);

/** glossaryGaps for several files: the coverage of each, and their gaps merged. */
export function coverageReport(files: readonly { name: string; text: string }[], trie: TermTrie): CoverageReport {
  const allWords = new Map<string, boolean>();
  const allGaps = new Map<string, number>();
  const perFile = files.map(({ name, text }): FileCoverage => {
    const { words, gaps } = analyze(text, trie);
    for (const [word, covered] of words) allWords.set(word, (allWords.get(word) ?? true) && covered);
    for (const [word, count] of gaps) allGaps.set(word, (allGaps.get(word) ?? 0) + count);
    const covered = countCovered(words);
    return { name, words: words.size, covered, percent: percentOf(covered, words.size) };
  });
  const covered = countCovered(allWords);
  return {
    files: perFile,
    total: { words: allWords.size, covered, percent: percentOf(covered, allWords.size) },
    gaps: sortGaps(allGaps),
  };
}

// ---------------------------------------------------------------------------------------------------
// The command line, without its I/O

export const USAGE = `usage: npm run glossary-gaps -- [--top N] [--json] <file> [<file>…]

Shows which kanji and katakana words of official page texts no glossary term (TERMS) covers.
Each file is read as UTF-8; if a line "---" appears within its first 10 lines, only the text after
it is read, and its "URL: …" header line names the file in the report.

  --top N   print the N most frequent gaps (default 200; with --json, all unless given)
  --json    print the whole report as JSON`;

export const DEFAULT_TOP = 200;

export type CliOptions = { files: string[]; top: number | undefined; json: boolean; help: boolean };

/** The script's arguments (process.argv.slice(2)); an error message for arguments it cannot use. */
export function parseCliArgs(args: readonly string[]): CliOptions | { error: string } {
  const options: CliOptions = { files: [], top: undefined, json: false, help: false };
  let onlyFiles = false;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (onlyFiles || !arg.startsWith('-') || arg === '-') {
      options.files.push(arg);
    } else if (arg === '--') {
      onlyFiles = true;
    } else if (arg === '--json') {
      options.json = true;
    } else if (arg === '--help' || arg === '-h') {
      options.help = true;
    } else if (arg === '--top' || arg.startsWith('--top=')) {
      const value = arg === '--top' ? args[(i += 1)] : arg.slice('--top='.length);
      if (value === undefined || !/^\d+$/.test(value)) return { error: `--top needs a whole number, got ${value ?? 'nothing'}` };
      options.top = Number(value);
    } else {
      return { error: `unknown option ${arg}` };
    }
  }
  if (!options.help && options.files.length === 0) return { error: 'no files given' };
  return options;
}

export interface PageFile {
  /** The URL header, or undefined if the file has none. */
  url: string | undefined;
  /** The text to measure: everything after the header's "---" line, or the whole file. */
  text: string;
}

/** Splits the optional header (URL:, TITLE:, HEADINGS:, TOPIC: lines ending with "---") from the text. */
export function stripHeader(content: string): PageFile {
  const body = content.startsWith('\uFEFF') ? content.slice(1) : content;
  const lines = body.split('\n');
  const separator = lines.slice(0, 10).findIndex((line) => line.trim() === '---');
  if (separator < 0) return { url: undefined, text: body };
  const urlLine = lines.slice(0, separator).find((line) => /^URL:/i.test(line));
  const url = urlLine?.slice('URL:'.length).trim();
  return { url: url === '' ? undefined : url, text: lines.slice(separator + 1).join('\n') };
}

/** The plain-text report: one line per file, a total, then count<TAB>word for at most top gaps. */
export function formatReport(report: CoverageReport, top: number = DEFAULT_TOP): string {
  const line = (name: string, { words, covered, percent }: Omit<FileCoverage, 'name'>) =>
    `${name}: ${covered}/${words} (${words === 0 ? 'no Japanese words' : `${percent.toFixed(1)}%`})`;
  const lines = report.files.map((file) => line(file.name, file));
  if (report.files.length > 1) lines.push(line('all files', report.total));
  const shown = report.gaps.slice(0, top);
  lines.push('', `gaps: ${report.gaps.length} distinct${shown.length < report.gaps.length ? `, the ${shown.length} most frequent` : ''}`);
  for (const { word, count } of shown) lines.push(`${count}\t${word}`);
  return lines.join('\n');
}
