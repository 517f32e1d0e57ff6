// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { alertTime, dueAlerts, planAlerts, upcomingAlerts } from '../../../src/alerts/plan-alerts';
import { EMPTY_JOURNEY, type JourneyState } from '../../../src/journey/journey-state';
import { DEFAULT_PROFILE } from '../../../src/journey/profile';

const withDates = (dates: JourneyState['dates'], patch: Partial<JourneyState> = {}): JourneyState => ({ ...EMPTY_JOURNEY, dates, ...patch });
const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h);

describe('alerts', () => {
  it('remind of the period of stay three months and one month before, and of the special extension 10 days before, at nine in the morning', () => {
    const alerts = planAlerts(withDates({ stayExpiry: '2027-03-31' }));
    expect(alerts.map((a) => [a.id, a.fireOn, a.step, a.text, a.due])).toEqual([
      ['stayExpiry:2027-03-31:3m', '2026-12-31', 'extend-validity', 'stayExpiry', '2027-03-31'],
      ['stayExpiry:2027-03-31:1m', '2027-02-28', 'extend-validity', 'stayExpiry', '2027-03-31'],
      ['stayExpiry:2027-03-31:10d', '2027-03-21', 'extend-validity', 'stayExpiry-special', '2027-03-31'],
    ]);
    expect(new Date(alertTime(alerts[0]!))).toEqual(new Date(2026, 11, 31, 9));
  });

  it('remind of a pickup appointment three days and a day before, and of the postcard six weeks after applying', () => {
    const alerts = planAlerts(withDates({ pickupAppointment: '2027-01-10', applied: '2026-11-01' }));
    expect(alerts.map((a) => [a.id, a.fireOn])).toEqual([
      ['applied:2026-11-01:6w', '2026-12-13'],
      ['pickupAppointment:2027-01-10:3d', '2027-01-07'],
      ['pickupAppointment:2027-01-10:1d', '2027-01-09'],
    ]);
  });

  it('settle a one-off date by its step ticked at any time, even early, or by a later step', () => {
    expect(planAlerts(withDates({ pickupAppointment: '2027-01-10' }, { done: { pickup: '2026-12-01' } }))).toEqual([]);
    expect(planAlerts(withDates({ applied: '2026-11-01' }, { done: { 'wait-for-card': '2026-11-20' } }))).toEqual([]);
    expect(planAlerts(withDates({ applied: '2026-11-01' }, { done: { pickup: '2026-12-01' } }))).toEqual([]);
    expect(planAlerts(withDates({ applied: '2026-11-01' }, { done: { apply: '2026-11-01' } }))).toHaveLength(1);
  });

  it('say nothing about the period of stay to a permanent resident, nor about steps the user has settled', () => {
    expect(planAlerts(withDates({ stayExpiry: '2027-03-31' }, { profile: { ...DEFAULT_PROFILE, stay: 'permanent' } }))).toEqual([]);
    expect(planAlerts(withDates({ pickupAppointment: '2027-01-10' }, { done: { pickup: '2027-01-05' } }))).toEqual([]);
    // Extended within this expiry's window: settled. Extended long before, for an earlier expiry: not.
    expect(planAlerts(withDates({ stayExpiry: '2027-03-31' }, { done: { 'extend-validity': '2027-01-20' } }))).toEqual([]);
    expect(planAlerts(withDates({ stayExpiry: '2027-03-31' }, { done: { 'extend-validity': '2025-04-01' } }))).toHaveLength(3);
  });

  it('are due from their moment on, one per date (the latest stage), until dismissed', () => {
    const state = withDates({ stayExpiry: '2027-03-31', cardExpiry: '2035-06-01' });
    expect(dueAlerts(state, at(2026, 12, 31, 8))).toEqual([]);
    expect(dueAlerts(state, at(2026, 12, 31, 9)).map((a) => a.id)).toEqual(['stayExpiry:2027-03-31:3m']);
    expect(dueAlerts(state, at(2027, 3, 1)).map((a) => a.id)).toEqual(['stayExpiry:2027-03-31:1m']);
    const dismissed = { ...state, dismissedAlerts: ['stayExpiry:2027-03-31:1m'] };
    expect(dueAlerts(dismissed, at(2027, 3, 1))).toEqual([]);
    // Dismissing the three-month alert does not silence the one-month alert.
    expect(dueAlerts({ ...state, dismissedAlerts: ['stayExpiry:2027-03-31:3m'] }, at(2027, 3, 1)).map((a) => a.id)).toEqual(['stayExpiry:2027-03-31:1m']);
  });

  it('come back for a new date: renewing the visa and entering the new end starts over', () => {
    const renewed = withDates({ stayExpiry: '2030-03-31' }, { dismissedAlerts: ['stayExpiry:2027-03-31:1m', 'stayExpiry:2027-03-31:3m'] });
    expect(dueAlerts(renewed, at(2029, 12, 31, 10)).map((a) => a.id)).toEqual(['stayExpiry:2030-03-31:3m']);
  });

  it('leave only future alerts for alarms', () => {
    const state = withDates({ stayExpiry: '2027-03-31' });
    expect(upcomingAlerts(state, at(2027, 1, 15)).map((a) => a.stage)).toEqual(['1m', '10d']);
    expect(upcomingAlerts(state, at(2027, 3, 22))).toEqual([]);
  });

  // domain.md §8b.2 and §8b.9: the special extension must be done before the date on the card.
  it('say 10 days before the end of stay to do the special extension if no new card has come, unless the card is a 特定在留カード', () => {
    const state = withDates({ stayExpiry: '2027-03-31' });
    expect(dueAlerts(state, at(2027, 3, 21)).map((a) => [a.id, a.text])).toEqual([['stayExpiry:2027-03-31:10d', 'stayExpiry-special']]);
    const specified = withDates({ stayExpiry: '2027-03-31' }, { profile: { ...DEFAULT_PROFILE, specifiedCard: true } });
    expect(planAlerts(specified).map((a) => [a.stage, a.text])).toEqual([
      ['3m', 'stayExpiry-specified'],
      ['1m', 'stayExpiry-specified'],
    ]);
  });

  // domain.md §8b.1: the moving-in notice within 14 days of moving; continued use within 90 days of it.
  it('count the moving-in notice down to 14 days after the move, and continued use to 90 days after the notice', () => {
    const moving = { ...DEFAULT_PROFILE, moving: true };
    const state = withDates({ movedOn: '2027-04-01', movingInNotice: '2027-04-05' }, { profile: moving });
    expect(planAlerts(state).map((a) => [a.id, a.fireOn, a.due, a.step])).toEqual([
      ['movedOn:2027-04-01:moved', '2027-04-01', '2027-04-15', 'move'],
      ['movedOn:2027-04-01:10d', '2027-04-11', '2027-04-15', 'move'],
      ['movingInNotice:2027-04-05:60d', '2027-06-04', '2027-07-04', 'move'],
      ['movingInNotice:2027-04-05:83d', '2027-06-27', '2027-07-04', 'move'],
    ]);
    // Done at the new office, even on the day of the notice: settled. Done before this move: not.
    expect(planAlerts({ ...state, done: { move: '2027-04-05' } })).toEqual([]);
    expect(planAlerts({ ...state, done: { move: '2026-01-10' } })).toHaveLength(4);
    // Not moving: no step, so no alerts.
    expect(planAlerts(withDates({ movedOn: '2027-04-01' }))).toEqual([]);
  });
});
