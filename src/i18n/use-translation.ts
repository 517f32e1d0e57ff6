import { createContext } from 'preact';
import { useContext, useEffect, useReducer } from 'preact/hooks';
import type { Localizer } from './localizer';

export const I18nContext = createContext<Localizer | null>(null);

/** The nearest Localizer's `t`, re-rendering when the language changes. */
export function useTranslation(): Localizer['t'] {
  const localizer = useContext(I18nContext);
  if (localizer === null) throw new Error('useTranslation needs an I18nContext provider');
  const [, rerender] = useReducer((n: number, _: undefined) => n + 1, 0);
  useEffect(() => localizer.onChange(() => rerender(undefined)), [localizer]);
  return localizer.t;
}

/** The language the nearest Localizer shows, for formatting dates and lists to match. */
export function useLanguage(): string {
  const localizer = useContext(I18nContext);
  if (localizer === null) throw new Error('useLanguage needs an I18nContext provider');
  useTranslation();
  return localizer.language;
}
