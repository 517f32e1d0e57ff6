/**
 * Japanese era (和暦) ↔ Gregorian date conversion for the dates official forms ask for.
 *
 * Exact and dependency-free: all arithmetic is on integers (no `Date`, so no time zones). Dates are
 * compared as yyyymmdd integers, which order the same way as the dates themselves.
 */

export type EraId = 'meiji' | 'taisho' | 'showa' | 'heisei' | 'reiwa';

export interface Era {
  id: EraId;
  kanji: string;
  romaji: string;
  /** first day, ISO yyyy-mm-dd */
  start: string;
  /** last day or null */
  end: string | null;
}

/**
 * The modern eras, oldest first. Each era starts the day after the previous one ends.
 *
 * Meiji's `start` is 1868-01-25, the Gregorian equivalent of Meiji 1-1-1 (the era name was proclaimed on
 * 1868-10-23 and applied to the whole year), so that year N of every era is `startYear + N - 1`. Japan used
 * its lunisolar calendar until the end of Meiji 5, so conversions are only supported from 1873-01-01
 * (Meiji 6-1-1), when the two calendars agree day for day.
 */
export const ERAS: readonly Era[] = Object.freeze(
  (
    [
      { id: 'meiji', kanji: '明治', romaji: 'Meiji', start: '1868-01-25', end: '1912-07-29' },
      { id: 'taisho', kanji: '大正', romaji: 'Taishō', start: '1912-07-30', end: '1926-12-24' },
      { id: 'showa', kanji: '昭和', romaji: 'Shōwa', start: '1926-12-25', end: '1989-01-07' },
      { id: 'heisei', kanji: '平成', romaji: 'Heisei', start: '1989-01-08', end: '2019-04-30' },
      { id: 'reiwa', kanji: '令和', romaji: 'Reiwa', start: '2019-05-01', end: null },
    ] satisfies Era[]
  ).map((era): Era => Object.freeze(era)),
);

export interface GregorianDate {
  year: number;
  month: number;
  day: number;
}

/** `year` 1 is 元年, the era's first (partial) year. */
export interface EraDate {
  era: EraId;
  year: number;
  month: number;
  day: number;
}

/** 1873-01-01 (Meiji 6-1-1): Japan's first day on the Gregorian calendar. */
const FIRST_SUPPORTED = 18730101;

/** Single-letter abbreviations, as written on forms (M, T, S, H, R). */
const LETTERS: Readonly<Record<string, EraId>> = { M: 'meiji', T: 'taisho', S: 'showa', H: 'heisei', R: 'reiwa' };

interface Range {
  era: Era;
  startYear: number;
  /** yyyymmdd of the first day */
  first: number;
  /** yyyymmdd of the last day, or Infinity for the current era */
  last: number;
}

const RANGES: readonly Range[] = ERAS.map((era) => ({
  era,
  startYear: Number(era.start.slice(0, 4)),
  first: isoKey(era.start),
  last: era.end === null ? Number.POSITIVE_INFINITY : isoKey(era.end),
}));

const BY_ID = new Map<EraId, Range>(RANGES.map((range) => [range.era.id, range]));
const BY_KANJI = new Map<string, EraId>(ERAS.map((era) => [era.kanji, era.id]));

function isoKey(iso: string): number {
  return Number(iso.replace(/-/g, ''));
}

function dateKey(year: number, month: number, day: number): number {
  return year * 10000 + month * 100 + day;
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A real day of the proleptic Gregorian calendar, year 1 to 9999 (the range yyyymmdd keys can hold). */
function isValidGregorian(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** null when the date is invalid (Feb 30, month 13…) or before Meiji 6-01-01 (1873, when Japan adopted the Gregorian calendar). */
export function toEra(date: GregorianDate): EraDate | null {
  const { year, month, day } = date;
  if (!isValidGregorian(year, month, day)) return null;
  const key = dateKey(year, month, day);
  if (key < FIRST_SUPPORTED) return null;
  for (let i = RANGES.length - 1; i >= 0; i--) {
    const range = RANGES[i];
    if (range !== undefined && key >= range.first) {
      return { era: range.era.id, year: year - range.startYear + 1, month, day };
    }
  }
  return null;
}

/** null when invalid: day/month out of range, year 0, or a date outside that era (e.g. 平成31年5月1日, 昭和64年1月8日, 令和元年4月30日). */
export function toGregorian(date: EraDate): GregorianDate | null {
  const range = BY_ID.get(date.era);
  if (range === undefined || !Number.isInteger(date.year) || date.year < 1) return null;
  const year = range.startYear + date.year - 1;
  const { month, day } = date;
  if (!isValidGregorian(year, month, day)) return null;
  const key = dateKey(year, month, day);
  if (key < FIRST_SUPPORTED || key < range.first || key > range.last) return null;
  return { year, month, day };
}

/**
 * NFKC folds full-width digits, letters, punctuation and spaces (and the ㍻/㋿ ligatures) to their plain
 * forms; dash look-alikes that NFKC leaves alone (including the long-vowel mark ー an IME may produce) become '-'.
 */
function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212\u30fc]/g, '-')
    .trim();
}

const ERA_DATE =
  /^(明治|大正|昭和|平成|令和|[MTSHR])\s*(\d{1,3}|元)\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|([./-])\s*(\d{1,2})\s*\5\s*(\d{1,2}))$/i;

/** Parses what people type: '平成2年4月1日', '平成２年４月１日', '令和元年5月1日', 'H2.4.1', 'R1/5/1', 'S64.1.7', 'h02-04-01', '平成 2 年 4 月 1 日'. Full-width digits and spaces allowed (normalize with NFKC). null when it cannot. */
export function parseEraDate(text: string): EraDate | null {
  if (typeof text !== 'string') return null;
  const match = ERA_DATE.exec(normalize(text));
  if (match === null) return null;
  const [, marker = '', yearText = '', kanjiMonth, kanjiDay, , sepMonth, sepDay] = match;
  const era = BY_KANJI.get(marker) ?? LETTERS[marker.toUpperCase()];
  if (era === undefined) return null;
  const date: EraDate = {
    era,
    year: yearText === '元' ? 1 : Number(yearText),
    month: Number(kanjiMonth ?? sepMonth),
    day: Number(kanjiDay ?? sepDay),
  };
  return toGregorian(date) === null ? null : date;
}

const GREGORIAN_DATE = /^(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|([./-])\s*(\d{1,2})\s*\4\s*(\d{1,2}))$/;

/** Parses '1990-04-01', '1990/4/1', '1990年4月1日', full-width too. null when it cannot or the date is invalid. */
export function parseGregorianDate(text: string): GregorianDate | null {
  if (typeof text !== 'string') return null;
  const match = GREGORIAN_DATE.exec(normalize(text));
  if (match === null) return null;
  const [, yearText, kanjiMonth, kanjiDay, , sepMonth, sepDay] = match;
  const date: GregorianDate = { year: Number(yearText), month: Number(kanjiMonth ?? sepMonth), day: Number(kanjiDay ?? sepDay) };
  return isValidGregorian(date.year, date.month, date.day) ? date : null;
}

/** '平成2年4月1日'; year 1 as 元年: '令和元年5月1日'. */
export function formatEraDate(date: EraDate): string {
  const kanji = BY_ID.get(date.era)?.era.kanji ?? date.era;
  return `${kanji}${date.year === 1 ? '元' : String(date.year)}年${date.month}月${date.day}日`;
}
