import { setStepDone } from '../journey/journey-actions';
import { remindersFor, type ReminderKind } from '../journey/reminders';
import { COMPLETION_PAGES, type ChecklistStepId } from '../journey/steps';
import type { SiteId } from '../sites/types';
import { journeyItem } from '../storage/journey-store';

/** What the banner shows on one page: its reminders and the offer to tick a step (texts are in `reminders`). */
export interface RemindersReply {
  reminders: { id: string; kind: ReminderKind }[];
  /** The step this page completes, and whether it is already ticked. */
  offer: { step: ChecklistStepId; done: boolean } | null;
}

export async function remindersReply(site: SiteId, page: string): Promise<RemindersReply> {
  const completes = COMPLETION_PAGES.find((entry) => entry.site === site && entry.page === page);
  const journey = completes ? await journeyItem.load() : null;
  return {
    reminders: remindersFor(site, page).map(({ id, kind }) => ({ id, kind })),
    offer: completes && journey ? { step: completes.step, done: journey.done[completes.step] !== undefined } : null,
  };
}

export async function setStepFromPage(step: ChecklistStepId, done: boolean): Promise<{ done: boolean }> {
  const next = await journeyItem.update((state) => setStepDone(state, step, done));
  return { done: next.done[step] !== undefined };
}
