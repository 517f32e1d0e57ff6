import { useEffect, useState } from 'preact/hooks';
import { useTranslation } from '../i18n/use-translation';
import type { JourneyState } from '../journey/journey-state';
import { COUNTER_VISIT_BY_ID, COUNTER_VISITS } from '../knowledge/counter/visits';
import { CounterCard } from './CounterCard';
import { CounterList } from './CounterList';
import { counterHref, readCounterUrl } from './counter-url';
import { ShowAtCounter } from './ShowAtCounter';

interface CounterPageProps {
  search: string;
  language: string;
  /** The checklist as kept: read only, for the user's dates. */
  journey: JourneyState | null;
}

/** counter.html: the list of visits, one visit's card, or its request shown to the clerk. */
export function CounterPage({ search, language, journey }: CounterPageProps) {
  const t = useTranslation();
  const { visit: id, show: showAtFirst } = readCounterUrl(search);
  const visit = id === null ? undefined : COUNTER_VISIT_BY_ID.get(id);
  // The clerk's view comes and goes without reloading the page; its address can still be opened alone.
  const [show, setShow] = useState(showAtFirst);
  // Back from the clerk's view, focus returns to the button that opened it.
  const [cameBack, setCameBack] = useState(false);
  useEffect(() => {
    // The browser's Back and Forward too: back from the clerk's view, focus returns as with Escape.
    const follow = () => {
      const next = readCounterUrl(location.search).show;
      setShow(next);
      setCameBack(!next);
    };
    addEventListener('popstate', follow);
    return () => removeEventListener('popstate', follow);
  }, []);
  const switchTo = (next: boolean) => (event: Event) => {
    event.preventDefault();
    history.pushState(null, '', visit ? counterHref(visit.id, next ? 'show' : undefined) : counterHref());
    setShow(next);
    setCameBack(!next);
  };
  useEffect(() => {
    document.title = visit ? `${t(`counter:visits.${visit.id}.title` as never)} · ${t('common:productName')}` : `${t('counter:title')} · ${t('common:productName')}`;
  });
  if (id === null) return <CounterList visits={COUNTER_VISITS} />;
  if (!visit) {
    return (
      <main class="counter-list">
        <h1>{t('counter:title')}</h1>
        <p role="alert">{t('counter:card.unknown')}</p>
        <p>
          <a href={counterHref()}>{t('counter:card.back')}</a>
        </p>
      </main>
    );
  }
  if (show) return <ShowAtCounter visit={visit} onBack={switchTo(false)} />;
  return (
    <main>
      <CounterCard visit={visit} language={language} dates={journey?.dates ?? {}} onShow={switchTo(true)} focusShow={cameBack} />
    </main>
  );
}
