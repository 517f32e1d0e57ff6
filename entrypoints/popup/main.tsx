import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import common from '../../locales/en/common.json';
import journey from '../../locales/en/journey.json';
import popup from '../../locales/en/popup.json';
import sites from '../../locales/en/sites.json';
import { useJourney } from '../../src/checklist/use-journey';
import { createI18n } from '../../src/i18n/create-i18n';
import { I18nContext } from '../../src/i18n/use-translation';
import { Popup } from '../../src/popup/Popup';
import { readTabStatus } from '../../src/popup/read-tab-status';
import type { TabStatus } from '../../src/sites/assess-tab';
import { journeyItem } from '../../src/storage/journey-store';
import { listKeptAside, watchKeptAside } from '../../src/storage/kept-aside';
import { settingsItem } from '../../src/storage/settings';
import '../../src/popup/popup.css';

const i18n = createI18n({ common, popup, sites, journey });
const openSettings = () => {
  void browser.runtime.openOptionsPage();
  window.close();
};

function App() {
  const [tabStatus, setTabStatus] = useState<TabStatus | null>(null);
  const [keptAside, setKeptAside] = useState(0);
  const { state, change, failed } = useJourney(journeyItem);
  useEffect(() => {
    readTabStatus().then(setTabStatus, () => setTabStatus({ kind: 'not-official' }));
    // Settings are read here too, so data that cannot be read is kept aside and reported from the start.
    void settingsItem.load().then(() => listKeptAside()).then((entries) => setKeptAside(entries.length));
    return watchKeptAside((entries) => setKeptAside(entries.length));
  }, []);
  return (
    <Popup
      tabStatus={tabStatus}
      language={i18n.language}
      onOpenSettings={openSettings}
      journey={state}
      changeJourney={change}
      journeyFailed={failed}
      keptAside={keptAside}
    />
  );
}

render(
  <I18nContext.Provider value={i18n}>
    <App />
  </I18nContext.Provider>,
  document.getElementById('app')!,
);
