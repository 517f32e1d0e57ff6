import type { ChecklistStepId, Fact } from '../../journey/steps';
import type { Profile } from '../../journey/profile';

/** Where the visit is made. */
export type CounterOffice = 'municipal' | 'police' | 'immigration' | 'insurer';

/** Something to bring: its text is `counter:bring.<id>`, or the checklist's `journey:bring.<id>` when `shared`. */
export interface CounterItem extends Fact {
  shared?: true;
}

/**
 * One visit to an office, for the user to read before and show at the counter. The Japanese is fixed
 * text written for the clerk, the same in every language; its meaning, the list and the rest are in
 * locales/<lng>/counter.json under `visits.<id>` (title, meaning, asks, ifNo, and duration when known).
 */
export interface CounterVisit {
  id: string;
  office: CounterOffice;
  /** The checklist steps that end at this counter. */
  steps: readonly ChecklistStepId[];
  /** The procedure's name in the office's own words. */
  procedure: string;
  /** What to say: one or two short, polite sentences. */
  request: string;
  /** The request in kana, spaced by phrase, so it can be read aloud. */
  reading: string;
  /** Sources of the procedure, the request's content, the meaning and what the clerk asks. */
  sources: readonly string[];
  bring: readonly CounterItem[];
  /** Sources of the usual duration, when one is known. */
  duration?: readonly string[];
  /** Sources of what to do if the answer is no. */
  ifNo: readonly string[];
  /** When the visit concerns this user; always when absent. */
  appliesTo?: (profile: Profile) => boolean;
}
