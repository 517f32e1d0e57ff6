import { render } from 'preact';
import common from '../../locales/en/common.json';
import options from '../../locales/en/options.json';
import { createI18n } from '../../src/i18n/create-i18n';
import { I18nContext } from '../../src/i18n/use-translation';
import { Options } from '../../src/options/Options';
import { loadSettings, saveSettings } from '../../src/storage/settings';
import '../../src/options/options.css';

const i18n = createI18n({ common, options });

render(
  <I18nContext.Provider value={i18n}>
    <Options store={{ load: loadSettings, save: saveSettings }} />
  </I18nContext.Provider>,
  document.getElementById('app')!,
);
