// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { alertTime, dueAlerts, planAlerts, upcomingAlerts } from '../../../src/alerts/plan-alerts';
import { EMPTY_JOURNEY, type JourneyState } from '../../../src/journey/journey-state';
import { DEFAULT_PROFILE } from '../../../src/journey/profile';

const withDates = (dates: JourneyState['dates'], patch: Partial<JourneyState> = {}): JourneyState => ({ ...EMPTY_JOURNEY, dates, ...patch });
const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h);

describe('alerts', () => {
  it('remind of the period of stay three months and one month before, at nine in the morning', () => {
    const alerts = planAlerts(withDates({ stayExpiry: '2027-03-31' }));
    expect(alerts.map((a) => [a.id, a.fireOn, a.step])).toEqual([
      ['stayExpiry:2027-03-31:3m', '2026-12-31', 'extend-validity'],
      ['stayExpiry:2027-03-31:1m', '2027-02-28', 'extend-validity'],
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
    expect(planAlerts(withDates({ stayExpiry: '2027-03-31' }, { done: { 'extend-validity': '2025-04-01' } }))).toHaveLength(2);
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
    expect(upcomingAlerts(state, at(2027, 1, 15)).map((a) => a.stage)).toEqual(['1m']);
    expect(upcomingAlerts(state, at(2027, 3, 1))).toEqual([]);
  });
});
