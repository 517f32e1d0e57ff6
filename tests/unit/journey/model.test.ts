// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dismissAlert, setKeyDate, setProfile, setStepDone } from '../../../src/journey/journey-actions';
import { EMPTY_JOURNEY } from '../../../src/journey/journey-state';
import { addDays, addMonths, daysBetween, isIsoDate } from '../../../src/journey/key-dates';
import { DEFAULT_PROFILE, type Profile } from '../../../src/journey/profile';
import { progressOf, visibleSteps } from '../../../src/journey/visible-steps';

const ids = (profile: Profile) => visibleSteps(profile).map((step) => step.id);

describe('the journey model', () => {
  it('shows the whole journey to someone who has not answered anything', () => {
    expect(ids(DEFAULT_PROFILE)).toEqual([
      'register-address', 'receive-notice', 'apply', 'wait-for-card', 'prepare-pickup', 'pickup',
      'use-insurance', 'use-konbini', 'use-etax', 'extend-validity', 'renew',
    ]);
  });

  it('hides extending the card from permanent residents, whose card does not end with a period of stay', () => {
    expect(ids({ ...DEFAULT_PROFILE, stay: 'permanent' })).not.toContain('extend-validity');
    expect(ids({ ...DEFAULT_PROFILE, stay: 'fixed' })).toContain('extend-validity');
  });

  it('starts someone who already has a card at using and keeping it', () => {
    expect(ids({ ...DEFAULT_PROFILE, hasCard: true })).toEqual(['use-insurance', 'use-konbini', 'use-etax', 'extend-validity', 'renew']);
  });

  it('shows each use of the card only to those who want it', () => {
    const uses = { insurance: false, konbini: true, etax: false };
    expect(ids({ ...DEFAULT_PROFILE, hasCard: true, stay: 'permanent', uses })).toEqual(['use-konbini', 'renew']);
  });

  it('keeps the steps the same whichever way the user applies: the apply step explains the chosen way', () => {
    for (const applyMethod of ['smartphone', 'pc', 'booth', 'mail'] as const) {
      expect(ids({ ...DEFAULT_PROFILE, applyMethod })).toEqual(ids(DEFAULT_PROFILE));
    }
  });

  it('counts progress over the steps shown and points at the first one not done', () => {
    const steps = visibleSteps({ ...DEFAULT_PROFILE, hasCard: true, stay: 'permanent' });
    expect(progressOf(steps, {})).toEqual({ done: 0, total: 4, next: 'use-insurance' });
    // A tick on a hidden step is kept but not counted.
    expect(progressOf(steps, { 'use-insurance': '2026-11-01', pickup: '2026-10-01' })).toEqual({ done: 1, total: 4, next: 'use-konbini' });
    const all = Object.fromEntries(steps.map((step) => [step.id, '2026-11-01']));
    expect(progressOf(steps, all)).toEqual({ done: 4, total: 4, next: null });
  });

  it('records the day a step is ticked, keeps the first day on a second tick, and always lets it be unticked', () => {
    const ticked = setStepDone(EMPTY_JOURNEY, 'apply', true, new Date(2026, 10, 25, 23, 59));
    expect(ticked.done).toEqual({ apply: '2026-11-25' });
    expect(setStepDone(ticked, 'apply', true, new Date(2027, 0, 1)).done).toEqual({ apply: '2026-11-25' });
    expect(setStepDone(ticked, 'apply', false).done).toEqual({});
    expect(EMPTY_JOURNEY.done).toEqual({});
  });

  it('sets and clears dates and profile answers, and dismisses an alert once', () => {
    const dated = setKeyDate(EMPTY_JOURNEY, 'stayExpiry', '2027-03-31');
    expect(dated.dates).toEqual({ stayExpiry: '2027-03-31' });
    expect(setKeyDate(dated, 'stayExpiry', null).dates).toEqual({});
    expect(setProfile(EMPTY_JOURNEY, { stay: 'fixed' }).profile).toEqual({ ...DEFAULT_PROFILE, stay: 'fixed' });
    const dated2 = setKeyDate(EMPTY_JOURNEY, 'stayExpiry', '2027-03-31');
    const once = dismissAlert(dated2, 'stayExpiry:2027-03-31:3m');
    expect(dismissAlert(once, 'stayExpiry:2027-03-31:3m').dismissedAlerts).toEqual(['stayExpiry:2027-03-31:3m']);
  });

  it('drops dismissals of dates that changed, so the list stays short', () => {
    let state = dismissAlert(setKeyDate(EMPTY_JOURNEY, 'stayExpiry', '2027-03-31'), 'stayExpiry:2027-03-31:3m');
    state = setKeyDate(state, 'stayExpiry', '2030-03-31');
    expect(dismissAlert(state, 'stayExpiry:2030-03-31:3m').dismissedAlerts).toEqual(['stayExpiry:2030-03-31:3m']);
  });

  it('unticks extending the card when a later end of stay is entered: each period needs its own extension', () => {
    let state = setKeyDate(EMPTY_JOURNEY, 'stayExpiry', '2027-03-31');
    state = setStepDone(state, 'extend-validity', true, new Date(2027, 1, 1));
    state = setStepDone(state, 'renew', true, new Date(2027, 1, 1));
    // Correcting a typo to an earlier day keeps the tick; the next period's date clears it.
    expect(setKeyDate(state, 'stayExpiry', '2027-03-30').done['extend-validity']).toBe('2027-02-01');
    const renewed = setKeyDate(state, 'stayExpiry', '2030-03-31');
    expect(renewed.done['extend-validity']).toBeUndefined();
    expect(renewed.done.renew).toBe('2027-02-01');
    expect(setKeyDate(state, 'cardExpiry', '2036-01-01').done.renew).toBe('2027-02-01');
    const later = setKeyDate(setKeyDate(state, 'cardExpiry', '2036-01-01'), 'cardExpiry', '2046-01-01');
    expect(later.done.renew).toBeUndefined();
  });
});

describe('calendar days', () => {
  it.each([
    ['2027-03-31', -1, '2027-02-28'],
    ['2028-03-31', -1, '2028-02-29'],
    ['2027-05-31', -3, '2027-02-28'],
    ['2027-01-15', -3, '2026-10-15'],
    ['2026-11-30', 3, '2027-02-28'],
  ])('%s %i months is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('adds days across months and years, and counts days between', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(daysBetween('2026-11-25', '2027-03-31')).toBe(126);
    expect(daysBetween('2027-03-31', '2026-11-25')).toBe(-126);
  });

  it.each(['2027-02-29', '2026-13-01', '2026-00-10', '26-11-25', '2026-11-25T00:00', '', '1899-12-31', 20261125, null])(
    'refuse %j as a date',
    (value) => expect(isIsoDate(value)).toBe(false),
  );
});
