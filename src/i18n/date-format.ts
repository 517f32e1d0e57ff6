/**
 * Dates in the user's language, always in the Gregorian calendar: the official pages, the card and the
 * user's residence card write Western years, and Thai's default Buddhist calendar would turn 2026 into 2569.
 */
export function dateFormat(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(language, { ...options, calendar: 'gregory' });
}
