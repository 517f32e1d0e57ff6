/**
 * Dates in the user's language, always in the Gregorian calendar and in Western digits: the official
 * pages, the card and the user's residence card write Western years and digits, Thai's default Buddhist
 * calendar would turn 2026 into 2569, and Nepali's default Devanagari digits would differ from the digits
 * in the texts around them.
 */
export function dateFormat(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(language, { ...options, calendar: 'gregory', numberingSystem: 'latn' });
}

/** Numbers in the user's language's own format (1,000 in English, 1.000 in Portuguese, 4,5 in Spanish), in Western digits. */
export function numberFormat(language: string): Intl.NumberFormat {
  return new Intl.NumberFormat(language, { numberingSystem: 'latn' });
}

/** When a source was checked, 'YYYY-MM-DD' or 'YYYY-MM', written in the user's language: "2 December 2026", "November 2026". */
export function formatChecked(checked: string, language: string): string {
  const [year, month, day] = checked.split('-').map(Number) as [number, number, number | undefined];
  const date = new Date(year, month - 1, day ?? 1);
  return dateFormat(language, day === undefined ? { year: 'numeric', month: 'long' } : { dateStyle: 'long' }).format(date);
}
