import { render } from 'preact';
import common from '../../locales/en/common.json';
import options from '../../locales/en/options.json';
import { createI18n } from '../../src/i18n/create-i18n';
import { openInUserLanguage } from '../../src/ui/open-page';
import { I18nContext } from '../../src/i18n/use-translation';
import { Options } from '../../src/options/Options';
import { journeyItem } from '../../src/storage/journey-store';
import { clearKeptAside, listKeptAside, watchKeptAside } from '../../src/storage/kept-aside';
import { saveSettings, settingsItem, watchSettings } from '../../src/storage/settings';
import '../../src/options/options.css';

const NAMESPACES = ['common', 'options'] as const;
const i18n = createI18n({ common, options });

const show = () =>
  render(
    <I18nContext.Provider value={i18n}>
      <Options
        store={{ load: () => settingsItem.load(), save: saveSettings, watch: watchSettings }}
        journey={journeyItem}
        keptAside={{ list: listKeptAside, clear: clearKeptAside, watch: watchKeptAside }}
      />
    </I18nContext.Provider>,
    document.getElementById('app')!,
  );

openInUserLanguage(i18n, NAMESPACES, show);
