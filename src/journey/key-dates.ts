/**
 * The dates a user may enter so MyNa Guide can remind them in time. Dates only, as YYYY-MM-DD in the
 * user's own calendar day: never a time, a name or a number.
 */
export const KEY_DATE_IDS = [
  'applied', // the day the application was sent
  'pickupAppointment', // the booked time to collect the card, where the city takes bookings [S27][S80]
  'stayExpiry', // the period of stay on the residence card: the card expires with it [S43][S44][S97]
  'cardExpiry', // printed on the card
  'certExpiry', // the electronic certificates' expiry
  'movedOn', // the day of moving to another municipality: the moving-in notice is due within 14 days [S134][S135]
  'movingInNotice', // the day the moving-in notice was filed: continued use of the card within 90 days [S134][S136]
] as const;

export type KeyDateId = (typeof KEY_DATE_IDS)[number];

/** A calendar day, YYYY-MM-DD. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day between 1900 and 2200 written YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const parts = ISO_DATE.exec(value);
  if (!parts) return false;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (year < 1900 || year > 2200) return false;
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
}

/** The calendar day of a moment, in the user's time zone. */
export function toIsoDate(moment: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** Midnight at the start of a calendar day, in the user's time zone. */
export function startOfDay(date: IsoDate): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day);
}

/** The same day some months earlier or later; the 31st becomes the month's last day when it has none. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const start = startOfDay(date);
  const target = new Date(start.getFullYear(), start.getMonth() + months, 1);
  const lastDay = new Date(target.getFullYear(), target.getMonth() + 1, 0).getDate();
  target.setDate(Math.min(start.getDate(), lastDay));
  return toIsoDate(target);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const start = startOfDay(date);
  return toIsoDate(new Date(start.getFullYear(), start.getMonth(), start.getDate() + days));
}

/** Whole calendar days from one day to another: negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const utc = (date: IsoDate) => {
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    return Date.UTC(year, month - 1, day);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}
