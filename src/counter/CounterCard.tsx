import { useLayoutEffect, useRef } from 'preact/hooks';
import { useTranslation } from '../i18n/use-translation';
import type { TKey } from '../i18n/resources';
import type { IsoDate, KeyDateId } from '../journey/key-dates';
import { formatDay } from '../checklist/format-date';
import { StepSources } from '../checklist/StepSources';
import type { CounterVisit } from '../knowledge/counter/types';
import { JapaneseText } from '../ui/JapaneseText';
import { counterHref } from './counter-url';
import { CounterRequest } from './CounterRequest';
import { visitDates } from './visit-dates';

interface CounterCardProps {
  visit: CounterVisit;
  language: string;
  dates: Partial<Record<KeyDateId, IsoDate>>;
  /** Opens the clerk's view in place. */
  onShow: (event: Event) => void;
  focusShow?: boolean;
}

/**
 * One visit: the request in Japanese with its reading and meaning, what to bring (tick boxes on paper),
 * what the clerk asks, how long it takes, what if the answer is no, and the user's dates. The same page
 * prints on one A4 sheet.
 */
export function CounterCard({ visit, language, dates, onShow, focusShow = false }: CounterCardProps) {
  const t = useTranslation();
  const showRef = useRef<HTMLAnchorElement>(null);
  useLayoutEffect(() => {
    if (focusShow) showRef.current?.focus();
  }, [focusShow]);
  const text = (part: string) => t(`counter:visits.${visit.id}.${part}` as TKey);
  const own = visitDates(visit, dates);
  return (
    <article class="counter-card" data-counter-card={visit.id} aria-labelledby="visit-title">
      <nav class="counter-card__nav no-print" aria-label={t('counter:title')}>
        <a href={counterHref()}>{t('counter:card.back')}</a>
      </nav>
      <p class="counter-card__office">{t(`counter:offices.${visit.office}` as TKey)}</p>
      <h1 id="visit-title">
        <JapaneseText text={text('title')} />
      </h1>
      <section aria-labelledby="say-heading" class="counter-card__say">
        <h2 id="say-heading">{t('counter:card.say')}</h2>
        <CounterRequest visit={visit} />
        <p class="counter-card__meaning" data-counter-meaning="">
          <span class="label">{t('counter:card.meaning')}: </span>
          {text('meaning')}
        </p>
        <p class="counter-card__procedure">
          {t('counter:card.procedure')}: <span lang="ja">{visit.procedure}</span>
        </p>
        <p class="no-print">
          <a class="button" href={counterHref(visit.id, 'show')} data-counter-show="" onClick={onShow} ref={showRef}>
            {t('counter:card.show')}
          </a>{' '}
          <button type="button" class="button button--secondary" onClick={() => window.print()}>
            {t('counter:card.print')}
          </button>
        </p>
      </section>
      <section aria-labelledby="bring-heading">
        <h2 id="bring-heading">{t('counter:card.bring')}</h2>
        <ul class="bring" data-counter-bring="">
          {visit.bring.map((item) => (
            <li key={item.id}>
              <span class="tick" aria-hidden="true" />
              <span>
                <JapaneseText text={t((item.shared ? `journey:bring.${item.id}` : `counter:bring.${item.id}`) as TKey)} />
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="asks-heading">
        <h2 id="asks-heading">{t('counter:card.asks')}</h2>
        <p>
          <JapaneseText text={text('asks')} />
        </p>
      </section>
      {visit.duration && (
        <section aria-labelledby="duration-heading">
          <h2 id="duration-heading">{t('counter:card.duration')}</h2>
          <p>{text('duration')}</p>
        </section>
      )}
      <section aria-labelledby="no-heading">
        <h2 id="no-heading">{t('counter:card.ifNo')}</h2>
        <p>
          <JapaneseText text={text('ifNo')} />
        </p>
      </section>
      <section aria-labelledby="dates-heading" class="counter-card__dates">
        <h2 id="dates-heading">{t('counter:card.dates')}</h2>
        {own.length === 0 ? (
          <p class="muted">{t('counter:card.noDates')}</p>
        ) : (
          <dl>
            {own.map(({ id, date }) => (
              <div key={id}>
                <dt>{t(`journey:dates.${id}` as TKey)}</dt>
                <dd>{formatDay(date, language)}</dd>
              </div>
            ))}
          </dl>
        )}
        <p class="hours">{t('counter:card.hours')}</p>
      </section>
      <StepSources keys={[...visit.sources, ...(visit.duration ?? []), ...visit.ifNo, ...visit.bring.flatMap((item) => item.sources)]} language={language} />
    </article>
  );
}
