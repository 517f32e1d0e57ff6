import { useLayoutEffect, useRef } from 'preact/hooks';
import type { TKey } from '../i18n/resources';
import { useTranslation } from '../i18n/use-translation';
import type { CounterVisit } from '../knowledge/counter/types';
import { counterHref } from './counter-url';
import { CounterRequest } from './CounterRequest';

/** The request alone, large and in high contrast, for the clerk: the whole window, Escape to go back. */
export function ShowAtCounter({ visit, onBack }: { visit: CounterVisit; onBack: (event: Event) => void }) {
  const t = useTranslation();
  const back = useRef<HTMLAnchorElement>(null);
  // Before the first paint: an Escape pressed as soon as the view shows is already heard.
  useLayoutEffect(() => {
    back.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') back.current?.click();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <main class="show" data-counter-view="show">
      {/* For screen readers: the view's name in the user's language; the clerk reads the Japanese. */}
      <h1 class="visually-hidden">{t(`counter:visits.${visit.id}.title` as TKey)}</h1>
      <CounterRequest visit={visit} large />
      <p class="show__procedure" lang="ja">
        {visit.procedure}
      </p>
      <p class="show__hint">{t('counter:card.showHint')}</p>
      <a class="button button--on-dark" href={counterHref(visit.id)} ref={back} onClick={onBack}>
        {t('counter:card.closeShow')}
      </a>
    </main>
  );
}
