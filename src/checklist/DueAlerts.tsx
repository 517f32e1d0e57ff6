import { useTranslation } from '../i18n/use-translation';
import type { TKey } from '../i18n/resources';
import type { Alert } from '../alerts/plan-alerts';
import { daysBetween, toIsoDate } from '../journey/key-dates';
import { formatDay } from './format-date';

interface DueAlertsProps {
  alerts: readonly Alert[];
  now: Date;
  language: string;
  onDismiss: (id: string) => void;
}

/** The alerts due now, the same ones the toolbar badge counts; each can be put away. */
export function DueAlerts({ alerts, now, language, onDismiss }: DueAlertsProps) {
  const t = useTranslation();
  if (alerts.length === 0) return null;
  return (
    <section class="alerts" aria-labelledby="alerts-heading" data-alerts="">
      <h2 id="alerts-heading">{t('popup:alerts.heading', { count: alerts.length })}</h2>
      <ul>
        {alerts.map((alert) => {
          const days = daysBetween(toIsoDate(now), alert.due);
          const vars = { date: formatDay(alert.on, language), deadline: formatDay(alert.due, language) };
          return (
            <li key={alert.id} class="alert" data-alert={alert.id}>
              <h3>{t(`journey:alerts.${alert.text}.title` as TKey, vars)}</h3>
              <p>{t(`journey:alerts.${alert.text}.body` as TKey, vars)}</p>
              <p class="alert__when">
                {days >= 0 ? t('popup:alerts.daysLeft', { count: days }) : t('popup:alerts.daysAgo', { count: -days })}
              </p>
              <button type="button" class="secondary-button" onClick={() => onDismiss(alert.id)}>
                {t('popup:alerts.dismiss')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
