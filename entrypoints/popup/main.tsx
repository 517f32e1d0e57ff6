import { render } from 'preact';
import { browser } from 'wxt/browser';
import common from '../../locales/en/common.json';
import popup from '../../locales/en/popup.json';
import { createI18n } from '../../src/i18n/create-i18n';
import { I18nContext } from '../../src/i18n/use-translation';
import { Popup } from '../../src/popup/Popup';
import '../../src/popup/popup.css';

const i18n = createI18n({ common, popup });
const openSettings = () => {
  void browser.runtime.openOptionsPage();
  window.close();
};

render(
  <I18nContext.Provider value={i18n}>
    <Popup onOpenSettings={openSettings} />
  </I18nContext.Provider>,
  document.getElementById('app')!,
);
