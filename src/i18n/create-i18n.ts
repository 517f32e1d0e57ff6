import i18next, { type Resource } from 'i18next';
import type { Localizer } from './localizer';
import type { LanguageResources, TKey, TVars } from './resources';

/**
 * i18next for the extension's own pages (popup, options). A private instance: nothing is shared with
 * any other copy of i18next. Resources are passed in, so each page bundles only its namespaces.
 */
export function createI18n(resources: LanguageResources, lng = 'en'): Localizer {
  const instance = i18next.createInstance();
  void instance.init({
    lng,
    fallbackLng: 'en',
    ns: Object.keys(resources),
    defaultNS: false,
    resources: { [lng]: resources } as Resource,
    initAsync: false,
    // Preact escapes text when it renders; escaping here would show entities to the user.
    interpolation: { escapeValue: false },
  });
  return {
    get language() {
      return instance.language;
    },
    t: (key: TKey, vars?: TVars) => instance.t(key as string, vars ?? {}) as string,
    onChange(listener) {
      instance.on('languageChanged', listener);
      return () => instance.off('languageChanged', listener);
    },
  };
}
