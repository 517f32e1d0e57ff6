import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import common from '../../../locales/en/common.json';
import journey from '../../../locales/en/journey.json';
import { alertText, notifyDue, syncAlerts } from '../../../src/alerts/alert-sync';
import { createTranslator } from '../../../src/i18n/translate';
import { EMPTY_JOURNEY, type JourneyState } from '../../../src/journey/journey-state';

const i18n = createTranslator('en', { common, journey });
const state = (patch: Partial<JourneyState>): JourneyState => ({ ...EMPTY_JOURNEY, ...patch });
const alarmNames = async () => (await fakeBrowser.alarms.getAll()).map((alarm) => [alarm.name, new Date(alarm.scheduledTime)]);

describe('alarms, badge and notifications', () => {
  beforeEach(() => fakeBrowser.reset());

  it('schedule an alarm for each alert to come, at nine in the morning, and no badge while nothing is due', async () => {
    const due = await syncAlerts(state({ dates: { stayExpiry: '2027-03-31' } }), new Date(2026, 10, 25));
    expect(due).toEqual([]);
    expect(await alarmNames()).toEqual([
      ['alert:stayExpiry:2027-03-31:3m', new Date(2026, 11, 31, 9)],
      ['alert:stayExpiry:2027-03-31:1m', new Date(2027, 1, 28, 9)],
      ['alert:stayExpiry:2027-03-31:10d', new Date(2027, 2, 21, 9)],
    ]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('count due alerts on the badge, and drop alarms for dates that were removed or settled', async () => {
    await syncAlerts(state({ dates: { stayExpiry: '2027-03-31', pickupAppointment: '2026-12-20' } }), new Date(2026, 10, 25));
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(5);
    const due = await syncAlerts(
      state({ dates: { stayExpiry: '2027-03-31', pickupAppointment: '2026-12-20', certExpiry: '2027-01-10' } }),
      new Date(2026, 11, 18, 10),
    );
    expect(due.map((alert) => alert.id)).toEqual(['certExpiry:2027-01-10:1m', 'pickupAppointment:2026-12-20:3d']);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');

    await syncAlerts(state({ dates: { stayExpiry: '2027-03-31' }, done: { pickup: '2026-12-16' } }), new Date(2026, 11, 16, 10));
    expect((await alarmNames()).map(([name]) => name)).toEqual([
      'alert:stayExpiry:2027-03-31:3m',
      'alert:stayExpiry:2027-03-31:1m',
      'alert:stayExpiry:2027-03-31:10d',
    ]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('show each due alert once, even across restarts, in words the user can act on', async () => {
    const journeyState = state({ dates: { stayExpiry: '2027-03-31' } });
    const due = await syncAlerts(journeyState, new Date(2027, 0, 5, 12));
    await notifyDue(i18n, due);
    const shown = await fakeBrowser.notifications.getAll();
    expect(Object.keys(shown)).toEqual(['alert:stayExpiry:2027-03-31:3m']);
    const notification = shown['alert:stayExpiry:2027-03-31:3m'] as { title: string; message: string; iconUrl: string };
    expect(notification.title).toBe('Your My Number Card ends with your period of stay');
    expect(notification.message).toBe(
      'Your period of stay ends on March 31, 2027. After immigration renews it, take the new residence card to your municipal office before March 31, 2027, the date on your My Number Card, to extend the card: it does not happen by itself.',
    );
    expect(notification.iconUrl).toMatch(/icon\/128\.png$/);

    await fakeBrowser.notifications.clear('alert:stayExpiry:2027-03-31:3m');
    await notifyDue(i18n, await syncAlerts(journeyState, new Date(2027, 0, 6, 12)));
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    // A month before, the next stage is new, so it is shown.
    await notifyDue(i18n, await syncAlerts(journeyState, new Date(2027, 1, 28, 9)));
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['alert:stayExpiry:2027-03-31:1m']);
  });

  it('write the date out for every kind of alert', () => {
    const titles = {
      applied: 'Has the card-ready postcard come?',
      pickupAppointment: 'Your My Number Card pickup is soon',
      stayExpiry: 'Your My Number Card ends with your period of stay',
      cardExpiry: 'Your My Number Card expires soon',
      certExpiry: 'Your card’s certificates expire soon',
    } as const;
    for (const [date, title] of Object.entries(titles) as [keyof typeof titles, string][]) {
      const text = alertText(i18n, { id: `${date}:2027-01-02:x`, date, on: '2027-01-02', stage: 'x', fireOn: '2027-01-01', due: '2027-01-02', text: date, step: 'renew' });
      expect(text.title.replace("'", '’'), date).toBe(title);
      expect(text.body, date).toContain('January 2, 2027');
    }
  });

  it('write the deadline a moving alert counts down to', () => {
    const text = alertText(i18n, {
      id: 'movedOn:2027-04-01:moved', date: 'movedOn', on: '2027-04-01', stage: 'moved', fireOn: '2027-04-01', due: '2027-04-15', text: 'movedOn', step: 'move',
    });
    expect(text.title).toBe('Moving-in notice due by April 15, 2027');
    expect(text.body).toContain('You moved on April 1, 2027. File the moving-in notice at your new municipal office by April 15, 2027');
  });
});
