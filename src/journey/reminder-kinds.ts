/** What a reminder on a page is: what to have ready, a pitfall, or what comes next. */
export const REMINDER_KINDS = ['before', 'after', 'pitfall'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];
