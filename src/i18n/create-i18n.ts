import i18next, { type Resource } from 'i18next';
import type { Localizer } from './localizer';
import type { LanguageResources, TKey, TVars } from './resources';
import { numberFormat } from './date-format';
import { FACT_NUMBERS } from '../knowledge/numbers';

export interface PageLocalizer extends Localizer {
  /** Adds a language's resources, if not there yet, and switches to it; everything using `t` re-renders. */
  use(language: string, resources: LanguageResources): Promise<void>;
}

/**
 * i18next for the extension's own pages (popup, options). A private instance: nothing is shared with
 * any other copy of i18next. It starts with the English resources passed in, which stay as the fallback;
 * other languages are added when chosen, so each page bundles only English and its own namespaces.
 */
export function createI18n(english: LanguageResources): PageLocalizer {
  const instance = i18next.createInstance();
  void instance.init({
    lng: 'en',
    fallbackLng: 'en',
    ns: Object.keys(english),
    defaultNS: false,
    resources: { en: english } as Resource,
    initAsync: false,
    // Preact escapes text when it renders; escaping here would show entities to the user. The fees,
    // sizes and pixels the texts state are there in every text, written in each language's format.
    interpolation: { escapeValue: false, defaultVariables: { ...FACT_NUMBERS } },
  });
  // Western digits in every language, as the content script's translator writes them.
  instance.services.formatter?.add('number', (value: unknown, lng: string | undefined) =>
    typeof value === 'number' ? numberFormat(lng ?? 'en').format(value) : String(value),
  );
  return {
    get language() {
      return instance.language;
    },
    t: (key: TKey, vars?: TVars) => instance.t(key as string, vars ?? {}) as string,
    onChange(listener) {
      instance.on('languageChanged', listener);
      return () => instance.off('languageChanged', listener);
    },
    async use(language, resources) {
      for (const [namespace, tree] of Object.entries(resources)) {
        if (!instance.hasResourceBundle(language, namespace)) instance.addResourceBundle(language, namespace, tree, true, true);
      }
      await instance.changeLanguage(language);
    },
  };
}
