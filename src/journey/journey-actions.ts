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

export function setKeyDate(state: JourneyState, date: KeyDateId, value: IsoDate | null): JourneyState {
  const dates = { ...state.dates };
  if (value === null) delete dates[date];
  else dates[date] = value;
  return { ...state, dates };
}

export function setProfile(state: JourneyState, patch: Partial<Profile>): JourneyState {
  return { ...state, profile: { ...state.profile, ...patch } };
}

export function dismissAlert(state: JourneyState, alertId: string): JourneyState {
  return state.dismissedAlerts.includes(alertId) ? state : { ...state, dismissedAlerts: [...state.dismissedAlerts, alertId] };
}
