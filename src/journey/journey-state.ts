import { isIsoDate, KEY_DATE_IDS, type IsoDate, type KeyDateId } from './key-dates';
import { APPLY_METHODS, CARD_USES, DEFAULT_PROFILE, PROFILE_FLAGS, STAY_KINDS, type Profile } from './profile';
import { CHECKLIST_STEP_IDS, type ChecklistStepId } from './steps';
import { isOneOf, isRecord } from '../util/guards';

/** Everything MyNa Guide keeps of the user's journey: ticks with their day, choices and key dates. */
export interface JourneyState {
  /** Steps ticked, each with the day it was ticked. */
  done: Partial<Record<ChecklistStepId, IsoDate>>;
  profile: Profile;
  dates: Partial<Record<KeyDateId, IsoDate>>;
  /** Alerts the user has put away, by alert id. */
  dismissedAlerts: readonly string[];
}

export const EMPTY_JOURNEY: Readonly<JourneyState> = { done: {}, profile: DEFAULT_PROFILE, dates: {}, dismissedAlerts: [] };

/** Why a part of the data could not be used; `path` says where, as `done.pickup` or `profile.stay`. */
export type DataProblemCode =
  | 'wrong-type'
  | 'unknown-field'
  | 'unknown-step'
  | 'unknown-date'
  | 'unknown-value'
  | 'bad-date'
  | 'too-many';

export interface DataProblem {
  path: string;
  code: DataProblemCode;
}

export interface ReadResult<T> {
  /** What could be read; every part that could not is left at its default. */
  value: T;
  problems: readonly DataProblem[];
}

const MAX_DISMISSED = 500;
const ALERT_ID = /^[a-zA-Z]+:\d{4}-\d{2}-\d{2}:[a-z0-9-]+$/;


/** Reads a map of known ids to days: unknown ids and bad days are reported and left out. */
function readDays<K extends string>(
  raw: unknown,
  path: string,
  ids: readonly K[],
  unknownCode: DataProblemCode,
  problems: DataProblem[],
): Partial<Record<K, IsoDate>> {
  const days: Partial<Record<K, IsoDate>> = {};
  if (raw === undefined) return days;
  if (!isRecord(raw)) {
    problems.push({ path, code: 'wrong-type' });
    return days;
  }
  for (const [key, day] of Object.entries(raw)) {
    if (!isOneOf(ids, key)) problems.push({ path: `${path}.${key}`, code: unknownCode });
    else if (!isIsoDate(day)) problems.push({ path: `${path}.${key}`, code: typeof day === 'string' ? 'bad-date' : 'wrong-type' });
    else days[key] = day;
  }
  return days;
}

function readProfile(raw: unknown, problems: DataProblem[]): Profile {
  if (raw === undefined) return DEFAULT_PROFILE;
  if (!isRecord(raw)) {
    problems.push({ path: 'profile', code: 'wrong-type' });
    return DEFAULT_PROFILE;
  }
  const profile: Profile = { ...DEFAULT_PROFILE, uses: { ...DEFAULT_PROFILE.uses } };
  for (const [key, value] of Object.entries(raw)) {
    const path = `profile.${key}`;
    if (key === 'stay') {
      if (value === null || isOneOf(STAY_KINDS, value)) profile.stay = value;
      else problems.push({ path, code: typeof value === 'string' ? 'unknown-value' : 'wrong-type' });
    } else if (key === 'applyMethod') {
      if (value === null || isOneOf(APPLY_METHODS, value)) profile.applyMethod = value;
      else problems.push({ path, code: typeof value === 'string' ? 'unknown-value' : 'wrong-type' });
    } else if (isOneOf(PROFILE_FLAGS, key)) {
      if (typeof value === 'boolean') profile[key] = value;
      else problems.push({ path, code: 'wrong-type' });
    } else if (key === 'uses') {
      if (!isRecord(value)) {
        problems.push({ path, code: 'wrong-type' });
        continue;
      }
      const uses = { ...profile.uses };
      for (const [use, wanted] of Object.entries(value)) {
        if (!isOneOf(CARD_USES, use)) problems.push({ path: `${path}.${use}`, code: 'unknown-field' });
        else if (typeof wanted !== 'boolean') problems.push({ path: `${path}.${use}`, code: 'wrong-type' });
        else uses[use] = wanted;
      }
      profile.uses = uses;
    } else problems.push({ path, code: 'unknown-field' });
  }
  return profile;
}

function readDismissed(raw: unknown, problems: DataProblem[]): string[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push({ path: 'dismissedAlerts', code: 'wrong-type' });
    return [];
  }
  if (raw.length > MAX_DISMISSED) problems.push({ path: 'dismissedAlerts', code: 'too-many' });
  const ids: string[] = [];
  // The newest dismissals are at the end: those are the ones kept.
  const offset = Math.max(0, raw.length - MAX_DISMISSED);
  raw.slice(offset).forEach((id: unknown, i) => {
    const index = offset + i;
    if (typeof id === 'string' && ALERT_ID.test(id)) ids.push(id);
    else problems.push({ path: `dismissedAlerts.${index}`, code: typeof id === 'string' ? 'unknown-value' : 'wrong-type' });
  });
  return [...new Set(ids)];
}

/**
 * Reads journey data from storage or a file, part by part. Whatever is wrong is reported with its
 * path and left at its default; nothing here throws, whatever the input.
 */
export function readJourney(raw: unknown): ReadResult<JourneyState> {
  const problems: DataProblem[] = [];
  if (raw === null || raw === undefined) return { value: EMPTY_JOURNEY, problems };
  if (!isRecord(raw)) return { value: EMPTY_JOURNEY, problems: [{ path: '', code: 'wrong-type' }] };
  for (const key of Object.keys(raw)) {
    if (!['done', 'profile', 'dates', 'dismissedAlerts'].includes(key)) problems.push({ path: key, code: 'unknown-field' });
  }
  const value: JourneyState = {
    done: readDays(raw.done, 'done', CHECKLIST_STEP_IDS, 'unknown-step', problems),
    profile: readProfile(raw.profile, problems),
    dates: readDays(raw.dates, 'dates', KEY_DATE_IDS, 'unknown-date', problems),
    dismissedAlerts: readDismissed(raw.dismissedAlerts, problems),
  };
  return { value, problems };
}
