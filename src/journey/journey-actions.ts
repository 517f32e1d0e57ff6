import type { JourneyState } from './journey-state';
import { toIsoDate, type IsoDate, type KeyDateId } from './key-dates';
import type { Profile } from './profile';
import type { ChecklistStepId } from './steps';

/** Ticks a step with today's date, or unticks it. Ticking a ticked step keeps its first date. */
export function setStepDone(state: JourneyState, step: ChecklistStepId, done: boolean, now = new Date()): JourneyState {
  const next = { ...state.done };
  if (done) next[step] ??= toIsoDate(now);
  else delete next[step];
  return { ...state, done: next };
}

/**
 * The steps done once per period: a later end of stay means the card must be extended again, a later
 * expiry that it must be renewed again, a later move that the new office must see the card again.
 */
const RENEWED_BY: Partial<Record<KeyDateId, ChecklistStepId>> = {
  stayExpiry: 'extend-validity',
  cardExpiry: 'renew',
  certExpiry: 'renew',
  // A later move is a new move: its notice and continued use are still to do.
  movedOn: 'move',
};

export function setKeyDate(state: JourneyState, date: KeyDateId, value: IsoDate | null): JourneyState {
  const dates = { ...state.dates };
  const previous = dates[date];
  if (value === null) delete dates[date];
  else dates[date] = value;
  const step = RENEWED_BY[date];
  const nextPeriod = step !== undefined && previous !== undefined && value !== null && value > previous;
  return nextPeriod ? setStepDone({ ...state, dates }, step, false) : { ...state, dates };
}

export function setProfile(state: JourneyState, patch: Partial<Profile>): JourneyState {
  return { ...state, profile: { ...state.profile, ...patch } };
}

/** Puts an alert away. Dismissals of dates the user has since changed or cleared are dropped, so the list stays short. */
export function dismissAlert(state: JourneyState, alertId: string): JourneyState {
  const current = new Set(Object.entries(state.dates).map(([date, on]) => `${date}:${on}:`));
  const kept = state.dismissedAlerts.filter((id) => id !== alertId && [...current].some((prefix) => id.startsWith(prefix)));
  return { ...state, dismissedAlerts: [...kept, alertId] };
}
