import { COUNTER_PAGES } from '../knowledge/counter/pages';
import { COUNTER_VISIT_BY_ID } from '../knowledge/counter/visits';
import { setStepDone } from '../journey/journey-actions';
import { remindersFor } from '../journey/reminders';
import { COMPLETION_PAGES, type ChecklistStepId } from '../journey/steps';
import type { PageId } from '../sites/page-ids';
import type { SiteId } from '../sites/types';
import type { RemindersReply } from './protocol';
import { journeyItem } from '../storage/journey-store';

export async function remindersReply(site: SiteId, page: PageId): Promise<RemindersReply> {
  const completes = COMPLETION_PAGES.find((entry) => entry.site === site && entry.page === page);
  const journey = completes ? await journeyItem.load() : null;
  return {
    reminders: remindersFor(site, page).map(({ id, kind }) => ({ id, kind })),
    offer: completes && journey ? { step: completes.step, done: journey.done[completes.step] !== undefined } : null,
    counter: (COUNTER_PAGES[page] ?? []).map((visit) => ({ visit, procedure: COUNTER_VISIT_BY_ID.get(visit)!.procedure })),
  };
}

export async function setStepFromPage(step: ChecklistStepId, done: boolean): Promise<{ done: boolean }> {
  const next = await journeyItem.update((state) => setStepDone(state, step, done));
  return { done: next.done[step] !== undefined };
}
