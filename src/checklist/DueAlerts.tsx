import { useLayoutEffect, useRef } from 'preact/hooks';
import { useTranslation } from '../i18n/use-translation';
import { JapaneseText } from '../ui/JapaneseText';
import type { TKey } from '../i18n/resources';
import type { Alert } from '../alerts/plan-alerts';
import { daysBetween, toIsoDate } from '../journey/key-dates';
import { formatDay } from './format-date';

interface DueAlertsProps {
  alerts: readonly Alert[];
  now: Date;
  language: string;
  onDismiss: (id: string) => void;
  /** Where focus goes when the last alert is put away. */
  onEmptied?: () => void;
}

/** The alerts due now, the same ones the toolbar badge counts; each can be put away. */
export function DueAlerts({ alerts, now, language, onDismiss, onEmptied }: DueAlertsProps) {
  const t = useTranslation();
  const listRef = useRef<HTMLUListElement>(null);
  /** After a Dismiss, focus goes to the alert that took its place (or the one before), never to the page's body. */
  const focusAt = useRef<number | null>(null);
  useLayoutEffect(() => {
    const index = focusAt.current;
    if (index === null) return;
    focusAt.current = null;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button[data-dismiss]') ?? [];
    const next = buttons[Math.min(index, buttons.length - 1)];
    if (next) next.focus();
    else onEmptied?.();
  }, [alerts]);
  if (alerts.length === 0) return null;
  return (
    <section class="alerts" aria-labelledby="alerts-heading" data-alerts="">
      <h2 id="alerts-heading">{t('popup:alerts.heading', { count: alerts.length })}</h2>
      <ul ref={listRef}>
        {alerts.map((alert, index) => {
          const days = daysBetween(toIsoDate(now), alert.due);
          const vars = { date: formatDay(alert.on, language), deadline: formatDay(alert.due, language) };
          return (
            <li key={alert.id} class="alert" data-alert={alert.id}>
              <h3 id={`alert-${alert.id}-title`}>{t(`journey:alerts.${alert.text}.title` as TKey, vars)}</h3>
              <p>
                <JapaneseText text={t(`journey:alerts.${alert.text}.body` as TKey, vars)} />
              </p>
              <p class="alert__when">
                {days >= 0 ? t('popup:alerts.daysLeft', { count: days }) : t('popup:alerts.daysAgo', { count: -days })}
              </p>
              {/* Named "Dismiss" and the alert's title, so that each button says which alert it puts away. */}
              <button
                type="button"
                class="secondary-button"
                id={`alert-${alert.id}-dismiss`}
                aria-labelledby={`alert-${alert.id}-dismiss alert-${alert.id}-title`}
                data-dismiss=""
                onClick={() => {
                  focusAt.current = index;
                  onDismiss(alert.id);
                }}
              >
                {t('popup:alerts.dismiss')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
