import type { TKey } from '../i18n/resources';
import { useTranslation } from '../i18n/use-translation';
import type { CounterVisit } from '../knowledge/counter/types';
import { JapaneseText } from '../ui/JapaneseText';
import { counterHref } from './counter-url';

/** Every visit, grouped by office, each a link to its card. */
export function CounterList({ visits }: { visits: readonly CounterVisit[] }) {
  const t = useTranslation();
  const offices = [...new Set(visits.map((visit) => visit.office))];
  return (
    <main class="counter-list">
      <h1>{t('counter:title')}</h1>
      <p class="intro">{t('counter:intro')}</p>
      {offices.map((office) => (
        <section key={office} aria-labelledby={`office-${office}`}>
          <h2 id={`office-${office}`}>{t(`counter:offices.${office}` as TKey)}</h2>
          <ul>
            {visits
              .filter((visit) => visit.office === office)
              .map((visit) => (
                <li key={visit.id}>
                  <a href={counterHref(visit.id)} data-counter-visit={visit.id}>
                    <JapaneseText text={t(`counter:visits.${visit.id}.title` as TKey)} />
                  </a>
                  <span class="procedure" lang="ja">
                    {visit.procedure}
                  </span>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </main>
  );
}
