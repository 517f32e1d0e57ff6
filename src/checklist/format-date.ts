import { dateFormat } from '../i18n/date-format';
import { startOfDay, type IsoDate } from '../journey/key-dates';

/** A calendar day in words, in the UI's language: 25 Nov 2026 → "Nov 25, 2026" in English. */
export function formatDay(date: IsoDate, language: string): string {
  return dateFormat(language, { dateStyle: 'medium' }).format(startOfDay(date));
}
