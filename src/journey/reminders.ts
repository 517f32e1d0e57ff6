import type { PageId } from '../sites/page-ids';
import type { SiteId } from '../sites/types';
import type { ReminderKind } from './reminder-kinds';

export type { ReminderKind };

/**
 * A reminder shown in the banner on the official pages it belongs to. Its English text is in
 * locales/en/reminders.json under `reminders.<id>`.
 */
export interface PageReminder {
  id: string;
  kind: ReminderKind;
  /** Pages as `site/page`, the ids detection gives them. */
  pages: readonly `${SiteId}/${string}`[];
  sources: readonly string[];
}

const ONLINE_START = ['online-application/online-terms', 'online-application/online-email'] as const;
const VALIDITY = ['jlis/jlis-validity', 'digital-agency/da-expiration'] as const;
const SPECIFIED_CARD = ['isa/isa-tokutei'] as const;
const MOVING = ['digital-agency/da-moving', 'myna-portal/portal-moving'] as const;
const INSURANCE = ['digital-agency/da-insurance', 'mhlw/mhlw-card', 'mhlw/mhlw-insurance', 'myna-portal/portal-health-insurance'] as const;

export const PAGE_REMINDERS: readonly PageReminder[] = [
  { id: 'online-ready', kind: 'before', pages: [...ONLINE_START, 'jlis/jlis-apply'], sources: ['S7', 'S20', 'S3'] },
  { id: 'online-details-changed', kind: 'pitfall', pages: [...ONLINE_START, 'jlis/jlis-apply'], sources: ['S126', 'S7'] },
  { id: 'online-stay-soon', kind: 'pitfall', pages: [...ONLINE_START, 'jlis/jlis-apply', 'jlis/jlis-photo-booth'], sources: ['S49', 'S91'] },
  { id: 'online-email-link', kind: 'after', pages: ['online-application/online-email', 'online-application/online-email-sent'], sources: ['S2', 'S20'] },
  { id: 'photo-format', kind: 'before', pages: ['online-application/online-photo'], sources: ['S3', 'S20'] },
  { id: 'photo-rules', kind: 'pitfall', pages: ['online-application/online-photo', 'jlis/jlis-photo'], sources: ['S1', 'S3', 'S4'] },
  { id: 'certificate-choice', kind: 'before', pages: ['online-application/online-details'], sources: ['S2', 'S123', 'S28', 'S35'] },
  { id: 'online-after', kind: 'after', pages: ['online-application/online-complete'], sources: ['S1', 'S23', 'S80', 'S78'] },
  { id: 'online-status', kind: 'after', pages: ['online-application/online-complete'], sources: ['S1'] },
  { id: 'notice-registered-mail', kind: 'pitfall', pages: ['jlis/jlis-notice'], sources: ['S86', 'S9'] },
  { id: 'notice-not-id', kind: 'pitfall', pages: ['jlis/jlis-notice'], sources: ['S9', 'S10'] },
  { id: 'pickup-bring', kind: 'before', pages: ['jlis/jlis-pickup'], sources: ['S6', 'S74', 'S77'] },
  { id: 'pickup-pins', kind: 'before', pages: ['jlis/jlis-pickup', 'jpki/jpki-pin-rules'], sources: ['S28', 'S34'] },
  { id: 'pickup-in-person', kind: 'pitfall', pages: ['jlis/jlis-pickup'], sources: ['S78'] },
  { id: 'pickup-deadline', kind: 'pitfall', pages: ['jlis/jlis-pickup'], sources: ['S145', 'S146', 'S147', 'S148'] },
  { id: 'pin-lockout', kind: 'pitfall', pages: ['jpki/jpki-pin-rules', 'jlis/jlis-pin-faq'], sources: ['S28', 'S29', 'S30', 'S33'] },
  { id: 'validity-stay', kind: 'pitfall', pages: VALIDITY, sources: ['S43', 'S26', 'S46', 'S45'] },
  { id: 'validity-special-extension', kind: 'pitfall', pages: [...VALIDITY, 'isa/isa-card'], sources: ['S138', 'S139', 'S140', 'S141'] },
  { id: 'specified-card-what', kind: 'before', pages: SPECIFIED_CARD, sources: ['S149', 'S150'] },
  { id: 'specified-card-where', kind: 'before', pages: SPECIFIED_CARD, sources: ['S149', 'S150'] },
  { id: 'moving-deadlines', kind: 'pitfall', pages: MOVING, sources: ['S134', 'S135', 'S136', 'S137'] },
  { id: 'moving-online-notice', kind: 'after', pages: MOVING, sources: ['S134', 'S135'] },
  { id: 'insurance-notice', kind: 'pitfall', pages: INSURANCE, sources: ['S55', 'S104'] },
  { id: 'insurance-after-expiry', kind: 'pitfall', pages: INSURANCE, sources: ['S156', 'S157'] },
  { id: 'konbini-ready', kind: 'before', pages: ['konbini/konbini-overview', 'konbini/konbini-stores'], sources: ['S66', 'S67', 'S68'] },
  { id: 'portal-login-pin', kind: 'before', pages: ['myna-portal/portal-login', 'myna-portal/portal-top'], sources: ['S112', 'S113', 'S28'] },
  { id: 'etax-pins', kind: 'before', pages: ['etax/etax-top', 'etax/etax-en', 'etax/etax-keisan'], sources: ['S35'] },
];

/** The reminders of one page, in the order before → pitfalls → after. */
export function remindersFor(site: SiteId, page: PageId): readonly PageReminder[] {
  const key = `${site}/${page}`;
  const order: Record<ReminderKind, number> = { before: 0, pitfall: 1, after: 2 };
  return PAGE_REMINDERS.filter((reminder) => reminder.pages.some((p) => p === key)).sort((a, b) => order[a.kind] - order[b.kind]);
}
