import { render } from 'preact';
import common from '../../locales/en/common.json';
import counter from '../../locales/en/counter.json';
import journey from '../../locales/en/journey.json';
import popup from '../../locales/en/popup.json';
import { useJourney } from '../../src/checklist/use-journey';
import { CounterPage } from '../../src/counter/CounterPage';
import { createI18n } from '../../src/i18n/create-i18n';
import { openInUserLanguage } from '../../src/ui/open-page';
import { I18nContext, useLanguage } from '../../src/i18n/use-translation';
import { journeyItem } from '../../src/storage/journey-store';
import '../../src/counter/counter.css';

const NAMESPACES = ['common', 'popup', 'journey', 'counter'] as const;
const i18n = createI18n({ common, popup, journey, counter });

function App() {
  // Read only: the page shows the user's dates and writes nothing to storage.
  const { state } = useJourney(journeyItem, { readOnly: true });
  return <CounterPage search={location.search} language={useLanguage()} journey={state} />;
}

const show = () =>
  render(
    <I18nContext.Provider value={i18n}>
      <App />
    </I18nContext.Provider>,
    document.getElementById('app')!,
  );

openInUserLanguage(i18n, NAMESPACES, show);
