import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import common from '../../locales/en/common.json';
import journey from '../../locales/en/journey.json';
import popup from '../../locales/en/popup.json';
import sites from '../../locales/en/sites.json';
import { useJourney } from '../../src/checklist/use-journey';
import { createI18n } from '../../src/i18n/create-i18n';
import { shouldAskLanguage, type Language } from '../../src/i18n/languages';
import { applyLanguage } from '../../src/i18n/page-language';
import { I18nContext } from '../../src/i18n/use-translation';
import { Popup } from '../../src/popup/Popup';
import type { TabStatus } from '../../src/sites/assess-tab';
import { journeyItem } from '../../src/storage/journey-store';
import { listKeptAside, watchKeptAside } from '../../src/storage/kept-aside';
import { DEFAULT_SETTINGS, saveSettings, settingsItem, watchSettings, type Settings } from '../../src/storage/settings';
import '../../src/popup/popup.css';

const NAMESPACES = ['common', 'popup', 'sites', 'journey'] as const;
const i18n = createI18n({ common, popup, sites, journey });
const openSettings = () => {
  void browser.runtime.openOptionsPage();
  window.close();
};
/** A choice from the footer or the one-time question; focus stays on the language menu, which remains. */
const chooseLanguage = (language: Language) => {
  void saveSettings({ language, languageAsked: true });
  requestAnimationFrame(() => {
    if (document.activeElement === document.body) document.querySelector<HTMLElement>('#popup-language')?.focus();
  });
};

function App({ initial }: { initial: Settings }) {
  const [settings, setSettings] = useState(initial);
  const [tabStatus, setTabStatus] = useState<TabStatus | null>(null);
  const [keptAside, setKeptAside] = useState(0);
  const { state, change, failed } = useJourney(journeyItem);
  useEffect(() => {
    // The tab is read by code loaded beside the first drawing (the site rules, the look-alike checks):
    // the checklist is on screen first, and the card says "Checking" until then.
    import('../../src/popup/read-tab-status')
      .then(({ readTabStatus }) => readTabStatus())
      .then(setTabStatus, () => setTabStatus({ kind: 'unknown' }));
    void listKeptAside().then((entries) => setKeptAside(entries.length));
    const stopKept = watchKeptAside((entries) => setKeptAside(entries.length));
    const stopSettings = watchSettings((next) => {
      setSettings(next);
      void applyLanguage(i18n, NAMESPACES, next.language);
    });
    return () => {
      stopKept();
      stopSettings();
    };
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
      onChooseLanguage={chooseLanguage}
      askLanguage={shouldAskLanguage(settings, navigator.languages)}
    />
  );
}

// Settings are read (and repaired) first, so the popup opens in the user's language and bad data is
// kept aside and reported from the start.
void settingsItem
  .load()
  .catch(() => DEFAULT_SETTINGS)
  .then(async (settings) => {
    await applyLanguage(i18n, NAMESPACES, settings.language).catch(() => undefined);
    render(
      <I18nContext.Provider value={i18n}>
        <App initial={settings} />
      </I18nContext.Provider>,
      document.getElementById('app')!,
    );
  });
