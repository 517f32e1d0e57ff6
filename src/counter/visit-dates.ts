import type { IsoDate, KeyDateId } from '../journey/key-dates';
import { CHECKLIST_STEPS } from '../journey/steps';
import type { CounterVisit } from '../knowledge/counter/types';

/** The dates of the visit's steps that the user has entered, in the steps' order: nothing new is stored. */
export function visitDates(visit: CounterVisit, dates: Partial<Record<KeyDateId, IsoDate>>): { id: KeyDateId; date: IsoDate }[] {
  const ids = new Set<KeyDateId>();
  for (const step of CHECKLIST_STEPS) if (visit.steps.includes(step.id)) for (const id of step.dates ?? []) ids.add(id);
  return [...ids].flatMap((id) => (dates[id] ? [{ id, date: dates[id]! }] : []));
}
