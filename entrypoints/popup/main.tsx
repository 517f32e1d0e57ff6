import { render } from 'preact';
import { browser } from 'wxt/browser';
import common from '../../locales/en/common.json';
import popup from '../../locales/en/popup.json';
import sites from '../../locales/en/sites.json';
import { createI18n } from '../../src/i18n/create-i18n';
import { I18nContext } from '../../src/i18n/use-translation';
import { Popup } from '../../src/popup/Popup';
import { readTabStatus } from '../../src/popup/read-tab-status';
import type { TabStatus } from '../../src/sites/assess-tab';
import '../../src/popup/popup.css';

const i18n = createI18n({ common, popup, sites });
const root = document.getElementById('app')!;
const openSettings = () => {
  void browser.runtime.openOptionsPage();
  window.close();
};

const show = (tabStatus: TabStatus | null) =>
  render(
    <I18nContext.Provider value={i18n}>
      <Popup tabStatus={tabStatus} language={i18n.language} onOpenSettings={openSettings} />
    </I18nContext.Provider>,
    root,
  );

show(null);
readTabStatus().then(show, () => show({ kind: 'not-official' }));
