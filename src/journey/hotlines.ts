/**
 * The official help lines (domain.md §3.5). Their English texts, with hours and languages as the
 * sources give them, are in locales/en/journey.json under `hotlines.<id>`.
 */
export interface Hotline {
  id: string;
  /** As dialled in Japan. */
  number: string;
  free: boolean;
  sources: readonly string[];
}

export const HOTLINES: readonly Hotline[] = [
  { id: 'card-foreign', number: '0120-0178-27', free: true, sources: ['S11', 'S37', 'S41'] },
  { id: 'system-foreign', number: '0120-0178-26', free: true, sources: ['S11', 'S37'] },
  { id: 'call-center-foreign', number: '0570-064-738', free: false, sources: ['S12', 'S11'] },
  { id: 'general-japanese', number: '0120-95-0178', free: true, sources: ['S37', 'S38', 'S39', 'S40'] },
];

/** What to do when the card is lost: suspend by phone, report, reissue (§3.5, §3.4). */
export const LOST_CARD_SOURCES = ['S11', 'S29', 'S39', 'S52'] as const;

/** What else a lost card means, each under `journey:lost.<id>` (§8b.6, §8b.8, §8b.9). */
export const LOST_CARD_NOTES: readonly { id: string; sources: readonly string[] }[] = [
  { id: 'night', sources: ['S11', 'S12', 'S37', 'S38'] },
  { id: 'police', sources: ['S173'] },
  { id: 'insurance', sources: ['S158', 'S159'] },
  { id: 'licence', sources: ['S165', 'S166', 'S167'] },
];
/** Free-dial numbers cannot be reached from abroad. */
export const FROM_ABROAD_SOURCES = ['G13'] as const;
