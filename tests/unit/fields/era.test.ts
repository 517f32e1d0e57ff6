// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  ERAS,
  formatEraDate,
  parseEraDate,
  parseGregorianDate,
  toEra,
  toGregorian,
  type EraDate,
  type EraId,
  type GregorianDate,
} from '../../../src/fields/checks/era';

// An oracle independent of the code under test: UTC day numbers (never local time).
const DAY_MS = 86_400_000;

function dayNumber(date: GregorianDate): number {
  return Date.UTC(date.year, date.month - 1, date.day) / DAY_MS;
}

function fromDayNumber(days: number): GregorianDate {
  const d = new Date(days * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Whether Date.UTC keeps the date as given (it rolls Feb 30 over to March). Years >= 100 only. */
function isRealDate(date: GregorianDate): boolean {
  return sameDate(fromDayNumber(dayNumber(date)), date);
}

function sameDate(a: GregorianDate, b: GregorianDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

function iso(iso: string): GregorianDate {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year ?? NaN, month: month ?? NaN, day: day ?? NaN };
}

function eraDate(era: EraId, year: number, month: number, day: number): EraDate {
  return { era, year, month, day };
}

function* days(from: GregorianDate, to: GregorianDate): Generator<GregorianDate> {
  for (let n = dayNumber(from); n <= dayNumber(to); n++) yield fromDayNumber(n);
}

const ORDER: readonly EraId[] = ['meiji', 'taisho', 'showa', 'heisei', 'reiwa'];

/** Each era's first day, with the last day of the era before it. */
const BOUNDARIES = [
  { last: '1912-07-29', lastEra: eraDate('meiji', 45, 7, 29), lastText: '明治45年7月29日', first: '1912-07-30', firstEra: eraDate('taisho', 1, 7, 30), firstText: '大正元年7月30日' },
  { last: '1926-12-24', lastEra: eraDate('taisho', 15, 12, 24), lastText: '大正15年12月24日', first: '1926-12-25', firstEra: eraDate('showa', 1, 12, 25), firstText: '昭和元年12月25日' },
  { last: '1989-01-07', lastEra: eraDate('showa', 64, 1, 7), lastText: '昭和64年1月7日', first: '1989-01-08', firstEra: eraDate('heisei', 1, 1, 8), firstText: '平成元年1月8日' },
  { last: '2019-04-30', lastEra: eraDate('heisei', 31, 4, 30), lastText: '平成31年4月30日', first: '2019-05-01', firstEra: eraDate('reiwa', 1, 5, 1), firstText: '令和元年5月1日' },
] as const;

describe('ERAS', () => {
  it('lists the five modern eras, oldest first, with their names', () => {
    expect(ERAS.map((era) => era.id)).toEqual(ORDER);
    expect(ERAS.map((era) => era.kanji)).toEqual(['明治', '大正', '昭和', '平成', '令和']);
    expect(ERAS.map((era) => era.romaji)).toEqual(['Meiji', 'Taishō', 'Shōwa', 'Heisei', 'Reiwa']);
  });

  it('has the established boundaries, each era starting the day after the previous ends', () => {
    expect(ERAS.map((era) => [era.start, era.end])).toEqual([
      ['1868-01-25', '1912-07-29'],
      ['1912-07-30', '1926-12-24'],
      ['1926-12-25', '1989-01-07'],
      ['1989-01-08', '2019-04-30'],
      ['2019-05-01', null],
    ]);
    for (let i = 1; i < ERAS.length; i++) {
      const previous = ERAS[i - 1];
      const era = ERAS[i];
      expect(previous?.end).not.toBeNull();
      expect(dayNumber(iso(era?.start ?? ''))).toBe(dayNumber(iso(previous?.end ?? '')) + 1);
    }
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(ERAS)).toBe(true);
    for (const era of ERAS) expect(Object.isFrozen(era)).toBe(true);
  });
});

describe('era boundaries, both directions', () => {
  for (const b of BOUNDARIES) {
    it(`${b.last} is ${b.lastText} and ${b.first} is ${b.firstText}`, () => {
      expect(toEra(iso(b.last))).toEqual(b.lastEra);
      expect(toEra(iso(b.first))).toEqual(b.firstEra);
      expect(toGregorian(b.lastEra)).toEqual(iso(b.last));
      expect(toGregorian(b.firstEra)).toEqual(iso(b.first));
      expect(formatEraDate(b.lastEra)).toBe(b.lastText);
      expect(formatEraDate(b.firstEra)).toBe(b.firstText);
      expect(parseEraDate(b.lastText)).toEqual(b.lastEra);
      expect(parseEraDate(b.firstText)).toEqual(b.firstEra);
      expect(parseGregorianDate(b.last)).toEqual(iso(b.last));
      expect(parseGregorianDate(b.first)).toEqual(iso(b.first));
    });

    it(`the old era cannot run past ${b.last} nor the new one start before ${b.first}`, () => {
      const dayAfter = fromDayNumber(dayNumber(iso(b.last)) + 1);
      const dayBefore = fromDayNumber(dayNumber(iso(b.first)) - 1);
      expect(toGregorian({ ...b.lastEra, month: dayAfter.month, day: dayAfter.day })).toBeNull();
      expect(toGregorian({ ...b.firstEra, month: dayBefore.month, day: dayBefore.day })).toBeNull();
    });
  }

  it('names the cases from the brief', () => {
    expect(toEra(iso('1989-01-07'))).toEqual(eraDate('showa', 64, 1, 7));
    expect(toEra(iso('1989-01-08'))).toEqual(eraDate('heisei', 1, 1, 8));
    expect(toEra(iso('2019-04-30'))).toEqual(eraDate('heisei', 31, 4, 30));
    expect(toEra(iso('2019-05-01'))).toEqual(eraDate('reiwa', 1, 5, 1));
    expect(formatEraDate(toEra(iso('1989-01-08')) ?? eraDate('heisei', 0, 0, 0))).toBe('平成元年1月8日');
    expect(formatEraDate(toEra(iso('2019-05-01')) ?? eraDate('reiwa', 0, 0, 0))).toBe('令和元年5月1日');
  });

  it('starts at 1873-01-01 (Meiji 6), when Japan adopted the Gregorian calendar', () => {
    expect(toEra(iso('1873-01-01'))).toEqual(eraDate('meiji', 6, 1, 1));
    expect(toGregorian(eraDate('meiji', 6, 1, 1))).toEqual(iso('1873-01-01'));
    expect(parseEraDate('明治6年1月1日')).toEqual(eraDate('meiji', 6, 1, 1));
    expect(toEra(iso('1872-12-31'))).toBeNull();
    expect(toEra(iso('1868-10-23'))).toBeNull();
    expect(toEra(iso('1868-01-25'))).toBeNull();
    expect(toEra(iso('1800-01-01'))).toBeNull();
    expect(toGregorian(eraDate('meiji', 5, 12, 31))).toBeNull();
    expect(toGregorian(eraDate('meiji', 1, 1, 1))).toBeNull();
    expect(parseEraDate('明治5年12月31日')).toBeNull();
    expect(parseEraDate('明治元年10月23日')).toBeNull();
  });

  it('has no end for Reiwa', () => {
    expect(toEra(iso('2100-12-31'))).toEqual(eraDate('reiwa', 82, 12, 31));
    expect(toGregorian(eraDate('reiwa', 82, 12, 31))).toEqual(iso('2100-12-31'));
    expect(parseEraDate('令和100年1月1日')).toEqual(eraDate('reiwa', 100, 1, 1));
  });
});

describe('invalid era dates', () => {
  const invalid: Array<[string, EraDate]> = [
    ['平成31年5月1日', eraDate('heisei', 31, 5, 1)],
    ['平成32年1月1日', eraDate('heisei', 32, 1, 1)],
    ['昭和64年1月8日', eraDate('showa', 64, 1, 8)],
    ['昭和65年1月1日', eraDate('showa', 65, 1, 1)],
    ['令和元年4月30日', eraDate('reiwa', 1, 4, 30)],
    ['令和元年1月1日', eraDate('reiwa', 1, 1, 1)],
    ['平成元年1月7日', eraDate('heisei', 1, 1, 7)],
    ['昭和元年12月24日', eraDate('showa', 1, 12, 24)],
    ['大正15年12月25日', eraDate('taisho', 15, 12, 25)],
    ['大正元年7月29日', eraDate('taisho', 1, 7, 29)],
    ['明治45年7月30日', eraDate('meiji', 45, 7, 30)],
    ['平成0年4月1日', eraDate('heisei', 0, 4, 1)],
    ['令和0年5月1日', eraDate('reiwa', 0, 5, 1)],
    ['平成2年0月1日', eraDate('heisei', 2, 0, 1)],
    ['平成2年13月1日', eraDate('heisei', 2, 13, 1)],
    ['平成2年4月0日', eraDate('heisei', 2, 4, 0)],
    ['平成2年4月31日', eraDate('heisei', 2, 4, 31)],
    ['平成2年1月32日', eraDate('heisei', 2, 1, 32)],
    ['平成2年2月30日', eraDate('heisei', 2, 2, 30)],
    ['平成3年2月29日', eraDate('heisei', 3, 2, 29)],
  ];

  for (const [text, date] of invalid) {
    it(`rejects ${text}`, () => {
      expect(toGregorian(date)).toBeNull();
      expect(parseEraDate(text)).toBeNull();
    });
  }

  it('rejects negative, fractional and non-numeric parts and unknown eras', () => {
    expect(toGregorian(eraDate('heisei', -1, 4, 1))).toBeNull();
    expect(toGregorian(eraDate('heisei', 1.5, 4, 1))).toBeNull();
    expect(toGregorian(eraDate('heisei', 2, 4.5, 1))).toBeNull();
    expect(toGregorian(eraDate('heisei', 2, 4, 1.5))).toBeNull();
    expect(toGregorian(eraDate('heisei', Number.NaN, 4, 1))).toBeNull();
    expect(toGregorian(eraDate('heisei', 2, Number.NaN, 1))).toBeNull();
    expect(toGregorian(eraDate('heisei', Number.POSITIVE_INFINITY, 4, 1))).toBeNull();
    expect(toGregorian(eraDate('keio' as EraId, 2, 4, 1))).toBeNull();
  });

  it('rejects invalid Gregorian dates in toEra', () => {
    expect(toEra({ year: 1990, month: 2, day: 30 })).toBeNull();
    expect(toEra({ year: 1990, month: 13, day: 1 })).toBeNull();
    expect(toEra({ year: 1990, month: 0, day: 1 })).toBeNull();
    expect(toEra({ year: 1990, month: 4, day: 0 })).toBeNull();
    expect(toEra({ year: 1990, month: 4, day: 31 })).toBeNull();
    expect(toEra({ year: 1990.5, month: 4, day: 1 })).toBeNull();
    expect(toEra({ year: 1990, month: 4, day: Number.NaN })).toBeNull();
    expect(toEra({ year: Number.POSITIVE_INFINITY, month: 4, day: 1 })).toBeNull();
  });

  it('agrees with Date.UTC on which days exist, for every month 0–13 and day 0–32 of sample years', () => {
    const years = [1873, 1900, 1912, 1926, 1989, 1999, 2000, 2019, 2020, 2023, 2024, 2100, 2400];
    let valid = 0;
    for (const year of years) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const date = { year, month, day };
          const real = isRealDate(date);
          if (real) valid++;
          const era = toEra(date);
          expect(era !== null, `${year}-${month}-${day}`).toBe(real);
          expect(parseGregorianDate(`${year}-${month}-${day}`) !== null, `${year}-${month}-${day}`).toBe(real);
          if (era !== null) expect(toGregorian(era)).toEqual(date);
        }
      }
    }
    // 8 common years and 5 leap years (1912, 2000, 2020, 2024, 2400 are leap; 1900 and 2100 are not).
    expect(valid).toBe(8 * 365 + 5 * 366);
  });
});

describe('leap days', () => {
  it('2020-02-29 is 令和2年2月29日', () => {
    expect(toEra(iso('2020-02-29'))).toEqual(eraDate('reiwa', 2, 2, 29));
    expect(toGregorian(eraDate('reiwa', 2, 2, 29))).toEqual(iso('2020-02-29'));
    expect(formatEraDate(eraDate('reiwa', 2, 2, 29))).toBe('令和2年2月29日');
    expect(parseEraDate('令和2年2月29日')).toEqual(eraDate('reiwa', 2, 2, 29));
    expect(parseGregorianDate('2020-02-29')).toEqual(iso('2020-02-29'));
  });

  it('2019-02-29 does not exist', () => {
    expect(toEra({ year: 2019, month: 2, day: 29 })).toBeNull();
    expect(toGregorian(eraDate('heisei', 31, 2, 29))).toBeNull();
    expect(parseEraDate('平成31年2月29日')).toBeNull();
    expect(parseGregorianDate('2019-02-29')).toBeNull();
    expect(toEra(iso('2019-02-28'))).toEqual(eraDate('heisei', 31, 2, 28));
  });

  it('2000-02-29 exists (divisible by 400)', () => {
    expect(toEra(iso('2000-02-29'))).toEqual(eraDate('heisei', 12, 2, 29));
    expect(toGregorian(eraDate('heisei', 12, 2, 29))).toEqual(iso('2000-02-29'));
    expect(parseEraDate('平成12年2月29日')).toEqual(eraDate('heisei', 12, 2, 29));
    expect(parseGregorianDate('2000/2/29')).toEqual(iso('2000-02-29'));
  });

  it('1900-02-29 does not exist (divisible by 100, not 400)', () => {
    expect(toEra({ year: 1900, month: 2, day: 29 })).toBeNull();
    expect(toGregorian(eraDate('meiji', 33, 2, 29))).toBeNull();
    expect(parseEraDate('明治33年2月29日')).toBeNull();
    expect(parseGregorianDate('1900-02-29')).toBeNull();
    expect(toEra(iso('1900-02-28'))).toEqual(eraDate('meiji', 33, 2, 28));
    expect(toEra(iso('1900-03-01'))).toEqual(eraDate('meiji', 33, 3, 1));
  });

  it('2100 is common and 2400 leap', () => {
    expect(parseGregorianDate('2100-02-29')).toBeNull();
    expect(toEra({ year: 2100, month: 2, day: 29 })).toBeNull();
    expect(toEra(iso('2400-02-29'))).toEqual(eraDate('reiwa', 382, 2, 29));
  });
});

describe('round trips', () => {
  function roundTrip(date: GregorianDate): EraDate {
    const era = toEra(date);
    expect(era, JSON.stringify(date)).not.toBeNull();
    if (era === null) throw new Error('unreachable');
    expect(toGregorian(era)).toEqual(date);
    const text = formatEraDate(era);
    expect(parseEraDate(text), text).toEqual(era);
    const pad = (n: number) => String(n).padStart(2, '0');
    expect(parseGregorianDate(`${date.year}-${pad(date.month)}-${pad(date.day)}`)).toEqual(date);
    expect(parseGregorianDate(`${date.year}年${date.month}月${date.day}日`)).toEqual(date);
    return era;
  }

  for (const year of [2020, 2000, 1988]) {
    it(`every day of the leap year ${year}`, () => {
      let count = 0;
      for (const date of days({ year, month: 1, day: 1 }, { year, month: 12, day: 31 })) {
        roundTrip(date);
        count++;
      }
      expect(count).toBe(366);
      expect(toEra({ year, month: 2, day: 29 })?.day).toBe(29);
    });
  }

  for (const b of BOUNDARIES) {
    it(`every day from 60 days before to 60 days after ${b.first}`, () => {
      const first = dayNumber(iso(b.first));
      let previous: EraDate | null = null;
      for (let n = first - 60; n <= first + 60; n++) {
        const date = fromDayNumber(n);
        const era = roundTrip(date);
        expect(era.era).toBe(n < first ? b.lastEra.era : b.firstEra.era);
        // Era years turn over on 1 January as well as at the change of era.
        if (n < first) expect(era.year).toBe(b.lastEra.year - (iso(b.last).year - date.year));
        else expect(era.year).toBe(1 + date.year - iso(b.first).year);
        if (previous !== null && n !== first) expect(era.era).toBe(previous.era);
        previous = era;
      }
    });
  }

  // About 83,000 days: compared by hand and collected, so the test stays fast on a loaded machine and
  // still names every day that goes wrong.
  it('every day from 1873-01-01 to 2100-12-31, in order, with no gaps or overlaps', () => {
    const wrong: string[] = [];
    let previous: EraDate | null = null;
    let count = 0;
    for (const date of days(iso('1873-01-01'), iso('2100-12-31'))) {
      const at = `${date.year}-${date.month}-${date.day}`;
      const era = toEra(date);
      if (era === null) throw new Error(`no era for ${at}`);
      const back = toGregorian(era);
      if (back?.year !== date.year || back.month !== date.month || back.day !== date.day) wrong.push(`${at} round trip`);
      if (previous !== null && previous.era !== era.era) {
        // A new era always starts at year 1 (元年) and is the next one in order.
        if (ORDER.indexOf(era.era) !== ORDER.indexOf(previous.era) + 1 || era.year !== 1) wrong.push(`${at} era start`);
      } else if (previous !== null) {
        const year = date.month === 1 && date.day === 1 ? previous.year + 1 : previous.year;
        if (era.year !== year) wrong.push(`${at} year ${era.year}, expected ${year}`);
      }
      previous = era;
      count++;
    }
    expect(wrong).toEqual([]);
    expect(count).toBe(dayNumber(iso('2100-12-31')) - dayNumber(iso('1873-01-01')) + 1);
  }, 30_000);
});

describe('元年', () => {
  it('formats year 1 as 元年 and other years as numbers', () => {
    expect(formatEraDate(eraDate('reiwa', 1, 5, 1))).toBe('令和元年5月1日');
    expect(formatEraDate(eraDate('heisei', 1, 12, 31))).toBe('平成元年12月31日');
    expect(formatEraDate(eraDate('taisho', 1, 7, 30))).toBe('大正元年7月30日');
    expect(formatEraDate(eraDate('showa', 1, 12, 31))).toBe('昭和元年12月31日');
    expect(formatEraDate(eraDate('reiwa', 2, 1, 1))).toBe('令和2年1月1日');
    expect(formatEraDate(eraDate('heisei', 10, 10, 10))).toBe('平成10年10月10日');
    expect(formatEraDate(eraDate('meiji', 45, 7, 29))).toBe('明治45年7月29日');
  });

  it('parses 元 and 1 alike, in every style', () => {
    const reiwa1 = eraDate('reiwa', 1, 5, 1);
    expect(parseEraDate('令和元年5月1日')).toEqual(reiwa1);
    expect(parseEraDate('令和1年5月1日')).toEqual(reiwa1);
    expect(parseEraDate('令和01年05月01日')).toEqual(reiwa1);
    expect(parseEraDate('R元.5.1')).toEqual(reiwa1);
    expect(parseEraDate('R1/5/1')).toEqual(reiwa1);
    expect(parseEraDate('平成元年1月8日')).toEqual(eraDate('heisei', 1, 1, 8));
    expect(parseEraDate('H元-1-8')).toEqual(eraDate('heisei', 1, 1, 8));
  });
});

describe('parseEraDate', () => {
  const heisei2 = eraDate('heisei', 2, 4, 1);

  it('reads the forms from the brief', () => {
    expect(parseEraDate('平成2年4月1日')).toEqual(heisei2);
    expect(parseEraDate('平成２年４月１日')).toEqual(heisei2);
    expect(parseEraDate('令和元年5月1日')).toEqual(eraDate('reiwa', 1, 5, 1));
    expect(parseEraDate('H2.4.1')).toEqual(heisei2);
    expect(parseEraDate('R1/5/1')).toEqual(eraDate('reiwa', 1, 5, 1));
    expect(parseEraDate('S64.1.7')).toEqual(eraDate('showa', 64, 1, 7));
    expect(parseEraDate('h02-04-01')).toEqual(heisei2);
    expect(parseEraDate('平成 2 年 4 月 1 日')).toEqual(heisei2);
  });

  it('reads full-width digits, letters, punctuation and spaces', () => {
    expect(parseEraDate('Ｈ２．４．１')).toEqual(heisei2);
    expect(parseEraDate('ｈ０２－０４－０１')).toEqual(heisei2);
    expect(parseEraDate('Ｒ１／５／１')).toEqual(eraDate('reiwa', 1, 5, 1));
    expect(parseEraDate('平成　２　年　４　月　１　日')).toEqual(heisei2);
    expect(parseEraDate('　令和元年５月１日　')).toEqual(eraDate('reiwa', 1, 5, 1));
    expect(parseEraDate('  H2.4.1\n')).toEqual(heisei2);
  });

  it('reads the single-character era ligatures ㍾ ㍽ ㍼ ㍻ ㋿', () => {
    expect(parseEraDate('㍻2年4月1日')).toEqual(heisei2);
    expect(parseEraDate('㋿元年5月1日')).toEqual(eraDate('reiwa', 1, 5, 1));
    expect(parseEraDate('㍼64年1月7日')).toEqual(eraDate('showa', 64, 1, 7));
    expect(parseEraDate('㍽15年12月24日')).toEqual(eraDate('taisho', 15, 12, 24));
    expect(parseEraDate('㍾45年7月29日')).toEqual(eraDate('meiji', 45, 7, 29));
  });

  it('reads every abbreviation in either case', () => {
    const cases: Array<[string, EraDate]> = [
      ['M45.7.29', eraDate('meiji', 45, 7, 29)],
      ['m6.1.1', eraDate('meiji', 6, 1, 1)],
      ['T1.7.30', eraDate('taisho', 1, 7, 30)],
      ['t15.12.24', eraDate('taisho', 15, 12, 24)],
      ['S1.12.25', eraDate('showa', 1, 12, 25)],
      ['s64/1/7', eraDate('showa', 64, 1, 7)],
      ['H1.1.8', eraDate('heisei', 1, 1, 8)],
      ['h31.4.30', eraDate('heisei', 31, 4, 30)],
      ['R1.5.1', eraDate('reiwa', 1, 5, 1)],
      ['r7-12-31', eraDate('reiwa', 7, 12, 31)],
    ];
    for (const [text, date] of cases) expect(parseEraDate(text), text).toEqual(date);
  });

  it('mixes the era styles with both date styles', () => {
    expect(parseEraDate('H2年4月1日')).toEqual(heisei2);
    expect(parseEraDate('平成2.4.1')).toEqual(heisei2);
    expect(parseEraDate('平成02/04/01')).toEqual(heisei2);
    expect(parseEraDate('H 2 . 4 . 1')).toEqual(heisei2);
  });

  it('takes dash look-alikes, including the long-vowel mark an IME may type', () => {
    expect(parseEraDate('H2ー4ー1')).toEqual(heisei2);
    expect(parseEraDate('H2−4−1')).toEqual(heisei2);
    expect(parseEraDate('H2–4–1')).toEqual(heisei2);
  });

  it('rejects out-of-era dates even when well formed', () => {
    expect(parseEraDate('H31.5.1')).toBeNull();
    expect(parseEraDate('S64.1.8')).toBeNull();
    expect(parseEraDate('R1.4.30')).toBeNull();
    expect(parseEraDate('H0.4.1')).toBeNull();
    expect(parseEraDate('M5.12.31')).toBeNull();
  });

  it('returns null for garbage', () => {
    const garbage = [
      '',
      '   ',
      'hello',
      '平成',
      '元年',
      'H',
      'H2',
      'H2.4',
      'H2.4.',
      'H2..4.1',
      'H2.4.1.5',
      'H2.4/1',
      'H2/4-1',
      'X2.4.1',
      'HH2.4.1',
      'Heisei 2.4.1',
      'H-2.4.1',
      'H+2.4.1',
      'H2.4.1日',
      '平成2年4月',
      '平成2年4月1',
      '平成2年4月1日生まれ',
      '生年月日:平成2年4月1日',
      '平成2年4月1日 平成3年4月1日',
      '平成二年四月一日',
      '平成元元年4月1日',
      'H1000.4.1',
      'H2.004.1',
      'H2.4.001',
      '1990-04-01',
      '2.4.1',
      'H２.４.１x',
      'H2.4.1\u0000',
      '平成2年4月1日'.repeat(100),
    ];
    for (const text of garbage) expect(parseEraDate(text), JSON.stringify(text)).toBeNull();
  });

  it('returns null for non-strings instead of throwing', () => {
    expect(parseEraDate(undefined as unknown as string)).toBeNull();
    expect(parseEraDate(null as unknown as string)).toBeNull();
    expect(parseEraDate(19900401 as unknown as string)).toBeNull();
  });

  it('ignores digits of other scripts that NFKC does not fold', () => {
    expect(parseEraDate('H٢.٤.١')).toBeNull();
  });
});

describe('parseGregorianDate', () => {
  const date = { year: 1990, month: 4, day: 1 };

  it('reads the forms from the brief', () => {
    expect(parseGregorianDate('1990-04-01')).toEqual(date);
    expect(parseGregorianDate('1990/4/1')).toEqual(date);
    expect(parseGregorianDate('1990年4月1日')).toEqual(date);
  });

  it('reads dots, spaces and padding too', () => {
    expect(parseGregorianDate('1990.4.1')).toEqual(date);
    expect(parseGregorianDate('1990/04/01')).toEqual(date);
    expect(parseGregorianDate('1990 年 4 月 1 日')).toEqual(date);
    expect(parseGregorianDate('  1990-4-1  ')).toEqual(date);
    expect(parseGregorianDate('1990ー4ー1')).toEqual(date);
  });

  it('reads full-width input', () => {
    expect(parseGregorianDate('１９９０年４月１日')).toEqual(date);
    expect(parseGregorianDate('１９９０－０４－０１')).toEqual(date);
    expect(parseGregorianDate('１９９０／４／１')).toEqual(date);
    expect(parseGregorianDate('１９９０．４．１')).toEqual(date);
    expect(parseGregorianDate('　１９９０年　４月　１日　')).toEqual(date);
  });

  it('reads dates before 1873 (they simply have no era here)', () => {
    expect(parseGregorianDate('1868-10-23')).toEqual({ year: 1868, month: 10, day: 23 });
    expect(toEra({ year: 1868, month: 10, day: 23 })).toBeNull();
  });

  it('rejects dates that do not exist', () => {
    for (const text of ['1990-02-30', '1990-04-31', '1990-13-01', '1990-00-10', '1990-01-00', '1990-01-32', '2019/2/29', '1900年2月29日', '0000-01-01']) {
      expect(parseGregorianDate(text), text).toBeNull();
    }
  });

  it('returns null for garbage', () => {
    const garbage = [
      '',
      ' ',
      'abc',
      '1990',
      '1990-04',
      '1990年4月',
      '90-04-01',
      '19900-04-01',
      '1990-4/1',
      '1990/4-1',
      '1990--4-1',
      '1990-04-01T00:00:00Z',
      '19900401',
      '01/04/1990',
      '4/1/1990',
      '1990-004-01',
      '1990-04-01x',
      '平成2年4月1日',
      'H2.4.1',
      '一九九〇年四月一日',
      '1990-04-01 1991-04-01',
    ];
    for (const text of garbage) expect(parseGregorianDate(text), JSON.stringify(text)).toBeNull();
    expect(parseGregorianDate(undefined as unknown as string)).toBeNull();
  });
});

describe('formatEraDate', () => {
  it('uses each era name in kanji', () => {
    expect(ORDER.map((era) => formatEraDate(eraDate(era, 2, 3, 4)))).toEqual([
      '明治2年3月4日',
      '大正2年3月4日',
      '昭和2年3月4日',
      '平成2年3月4日',
      '令和2年3月4日',
    ]);
  });

  it('writes no padding, so its output parses back', () => {
    expect(formatEraDate(eraDate('heisei', 2, 4, 1))).toBe('平成2年4月1日');
    expect(parseEraDate(formatEraDate(eraDate('heisei', 2, 4, 1)))).toEqual(eraDate('heisei', 2, 4, 1));
  });
});
