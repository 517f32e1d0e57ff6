import type { JourneyState } from '../journey/journey-state';
import type { Profile } from '../journey/profile';
import { addDays, addMonths, startOfDay, type IsoDate, type KeyDateId } from '../journey/key-dates';
import type { ChecklistStepId } from '../journey/steps';
import { visibleSteps } from '../journey/visible-steps';

/** One moment MyNa Guide reminds the user of a key date. */
export interface Alert {
  /** `<date id>:<the date>:<stage>`: a changed date makes new alerts; a dismissed one stays dismissed. */
  id: string;
  date: KeyDateId;
  /** The key date itself. */
  on: IsoDate;
  stage: string;
  /** The day it becomes due; it is shown at ALERT_HOUR that day. */
  fireOn: IsoDate;
  /** The deadline it counts down to: the key date itself, or a day counted from it (14 days after moving …). */
  due: IsoDate;
  /** Its texts: `journey:alerts.<text>.title` and `.body`. */
  text: string;
  /** The step that settles it: once ticked on or after the first stage, its alerts are done. */
  step: ChecklistStepId;
}

/** Alerts arrive in the morning, not at midnight. */
export const ALERT_HOUR = 9;

interface AlertRule {
  step: ChecklistStepId;
  /**
   * A one-off date is settled by its step ticked at any time, or by a later step; a recurring one (the
   * period of stay, expiries) only by a tick within this date's window, since the last tick was for the
   * date before.
   */
  once: boolean;
  /** Later steps whose tick also settles a one-off date. */
  settledBy?: readonly ChecklistStepId[];
  /** A recurring date's window opens here (its first stage when absent): a tick from this day settles it. */
  settledFrom?: (on: IsoDate) => IsoDate;
  /** The deadline, when it is not the date itself. */
  due?: (on: IsoDate) => IsoDate;
  stages: readonly AlertStage[];
  /** The texts' id for this user; the date's id when absent. */
  text?: (profile: Profile) => string;
  sources: readonly string[];
}

interface AlertStage {
  stage: string;
  fireOn: (on: IsoDate) => IsoDate;
  /** Whether this stage concerns the user; always when absent. */
  appliesTo?: (profile: Profile) => boolean;
  /** Its own texts, when they differ from the rule's. */
  text?: string;
}

/**
 * When each key date is worth a reminder. The period of stay: three months and one month before, time
 * enough to renew the residence card and then extend the My Number Card before the old date [S26][S46][S47].
 * Card and certificates: renewal opens three months before [S42][S45]. A booked pickup: three days
 * before (time to decide the four PINs) and the day before [S27][S80]. After applying: six weeks, past
 * the usual month (some wait 1–2 months) [S1][S23][S80].
 */
/** Three months and one month before: the period of stay, and the card's and certificates' expiry. */
const MONTHS_BEFORE: AlertRule['stages'] = [
  { stage: '3m', fireOn: (on) => addMonths(on, -3) },
  { stage: '1m', fireOn: (on) => addMonths(on, -1) },
];

export const ALERT_RULES: Readonly<Record<KeyDateId, AlertRule>> = {
  stayExpiry: {
    step: 'extend-validity',
    once: false,
    stages: [
      ...MONTHS_BEFORE,
      // Decisions often come in the last weeks; the special extension must be done before the date on
      // the card (§8b.2, §8b.9). Not for a 特定在留カード, which is renewed with the residence card.
      { stage: '10d', fireOn: (on) => addDays(on, -10), appliesTo: (profile) => !profile.specifiedCard, text: 'stayExpiry-special' },
    ],
    text: (profile) => (profile.specifiedCard ? 'stayExpiry-specified' : 'stayExpiry'),
    sources: ['S26', 'S43', 'S46', 'S47', 'S138', 'S139', 'S140', 'S149'],
  },
  pickupAppointment: {
    step: 'pickup',
    once: true,
    stages: [
      { stage: '3d', fireOn: (on) => addDays(on, -3) },
      { stage: '1d', fireOn: (on) => addDays(on, -1) },
    ],
    sources: ['S27', 'S80', 'S6', 'S74'],
  },
  cardExpiry: {
    step: 'renew',
    once: false,
    stages: MONTHS_BEFORE,
    sources: ['S42', 'S45'],
  },
  certExpiry: {
    step: 'renew',
    once: false,
    stages: MONTHS_BEFORE,
    sources: ['S42', 'S45'],
  },
  // §8b.1: the moving-in notice within 14 days of moving; on the day and 4 days before the deadline.
  movedOn: {
    step: 'move',
    once: false,
    settledFrom: (on) => on,
    due: (on) => addDays(on, 14),
    stages: [
      { stage: 'moved', fireOn: (on) => on },
      { stage: '10d', fireOn: (on) => addDays(on, 10) },
    ],
    sources: ['S134', 'S135', 'S136', 'S137'],
  },
  // §8b.1: continued use within 90 days of the moving-in notice; a month and a week before the deadline.
  movingInNotice: {
    step: 'move',
    once: false,
    settledFrom: (on) => on,
    due: (on) => addDays(on, 90),
    stages: [
      { stage: '60d', fireOn: (on) => addDays(on, 60) },
      { stage: '83d', fireOn: (on) => addDays(on, 83) },
    ],
    sources: ['S134', 'S136'],
  },
  applied: {
    step: 'wait-for-card',
    once: true,
    settledBy: ['prepare-pickup', 'pickup'],
    stages: [{ stage: '6w', fireOn: (on) => addDays(on, 42) }],
    sources: ['S1', 'S23', 'S80'],
  },
};

/** The moment an alert becomes due, in the user's time zone. */
export function alertTime(alert: Alert): number {
  const day = startOfDay(alert.fireOn);
  day.setHours(ALERT_HOUR);
  return day.getTime();
}

/**
 * Every alert the user's dates call for, whether past or future, leaving out those whose step does not
 * apply to them or is already done for this date.
 */
export function planAlerts(state: JourneyState): Alert[] {
  const applies = new Set(visibleSteps(state.profile).map((step) => step.id));
  const alerts: Alert[] = [];
  for (const [date, on] of Object.entries(state.dates) as [KeyDateId, IsoDate][]) {
    const rule = ALERT_RULES[date];
    if (!applies.has(rule.step)) continue;
    const due = rule.due?.(on) ?? on;
    const text = rule.text?.(state.profile) ?? date;
    const stages = rule.stages
      .filter((stage) => stage.appliesTo?.(state.profile) ?? true)
      .map((stage) => ({ id: `${date}:${on}:${stage.stage}`, date, on, stage: stage.stage, fireOn: stage.fireOn(on), due, text: stage.text ?? text, step: rule.step }));
    const doneOn = state.done[rule.step];
    if (rule.once && (doneOn !== undefined || rule.settledBy?.some((step) => state.done[step] !== undefined))) continue;
    if (!rule.once && doneOn !== undefined && doneOn >= (rule.settledFrom?.(on) ?? stages[0]!.fireOn)) continue;
    alerts.push(...stages);
  }
  return alerts.sort((a, b) => alertTime(a) - alertTime(b));
}

/**
 * The alerts due now: their moment has come, the user has not put them away, and for each date only the
 * latest stage (a month-before alert replaces the three-months-before one).
 */
export function dueAlerts(state: JourneyState, now: Date): Alert[] {
  const dismissed = new Set(state.dismissedAlerts);
  const latest = new Map<KeyDateId, Alert>();
  for (const alert of planAlerts(state)) {
    if (alertTime(alert) <= now.getTime()) latest.set(alert.date, alert);
  }
  return [...latest.values()].filter((alert) => !dismissed.has(alert.id)).sort((a, b) => alertTime(a) - alertTime(b));
}

/** The alerts still to come, for alarms. */
export function upcomingAlerts(state: JourneyState, now: Date): Alert[] {
  return planAlerts(state).filter((alert) => alertTime(alert) > now.getTime());
}
