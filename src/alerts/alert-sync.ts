import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { dateFormat } from '../i18n/date-format';
import type { Localizer } from '../i18n/localizer';
import type { TKey } from '../i18n/resources';
import type { JourneyState } from '../journey/journey-state';
import { startOfDay } from '../journey/key-dates';
import { alertTime, dueAlerts, upcomingAlerts, type Alert } from './plan-alerts';

export const ALARM_PREFIX = 'alert:';
const BADGE_COLOR = '#b3261e';

/** Alerts already shown as a notification, so a restart does not show them again. */
const notifiedItem = storage.defineItem<unknown>('local:alertsNotified', { fallback: [] });
const MAX_NOTIFIED = 200;

async function notifiedIds(): Promise<Set<string>> {
  const raw = await notifiedItem.getValue();
  return new Set(Array.isArray(raw) ? raw.filter((id): id is string => typeof id === 'string') : []);
}

/**
 * Brings the browser in line with the user's dates: one alarm per alert to come, none for anything
 * else, and the toolbar badge counting the alerts due now.
 */
export async function syncAlerts(state: JourneyState, now = new Date()): Promise<Alert[]> {
  const wanted = new Map(upcomingAlerts(state, now).map((alert) => [ALARM_PREFIX + alert.id, alert]));
  const existing = await browser.alarms.getAll();
  await Promise.all(
    existing.filter((alarm) => alarm.name.startsWith(ALARM_PREFIX) && !wanted.has(alarm.name)).map((alarm) => browser.alarms.clear(alarm.name)),
  );
  const scheduled = new Set(existing.map((alarm) => alarm.name));
  for (const [name, alert] of wanted) {
    if (!scheduled.has(name)) await browser.alarms.create(name, { when: alertTime(alert) });
  }
  const due = dueAlerts(state, now);
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ text: due.length > 0 ? String(due.length) : '' });
  await action.setBadgeBackgroundColor({ color: BADGE_COLOR });
  return due;
}

/** An alert's title and text, with its date and deadline written out in words. */
export function alertText(i18n: Localizer, alert: Alert): { title: string; body: string } {
  const format = dateFormat(i18n.language, { dateStyle: 'long' });
  const date = format.format(startOfDay(alert.on));
  const deadline = format.format(startOfDay(alert.due));
  return {
    title: i18n.t(`journey:alerts.${alert.text}.title` as TKey, { date, deadline }),
    body: i18n.t(`journey:alerts.${alert.text}.body` as TKey, { date, deadline }),
  };
}

/** Shows a notification for each due alert not shown before: once each, even across restarts. */
export async function notifyDue(i18n: Localizer, due: readonly Alert[]): Promise<void> {
  const shown = await notifiedIds();
  const fresh = due.filter((alert) => !shown.has(alert.id));
  if (fresh.length === 0) return;
  for (const alert of fresh) {
    const { title, body } = alertText(i18n, alert);
    await browser.notifications.create(ALARM_PREFIX + alert.id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title,
      message: body,
    });
  }
  await notifiedItem.setValue([...fresh.map((alert) => alert.id), ...shown].slice(0, MAX_NOTIFIED));
}
