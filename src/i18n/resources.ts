import common from '../../locales/en/common.json';
import fields from '../../locales/en/fields.json';
import sites from '../../locales/en/sites.json';
import popup from '../../locales/en/popup.json';
import options from '../../locales/en/options.json';
import overlay from '../../locales/en/overlay.json';
import terms from '../../locales/en/terms.json';
import journey from '../../locales/en/journey.json';
import reminders from '../../locales/en/reminders.json';
import counter from '../../locales/en/counter.json';

/** English is the source language: every other language has exactly these keys. */
export const englishResources = { common, sites, popup, options, overlay, terms, fields, journey, reminders, counter } as const;

export type EnglishResources = typeof englishResources;
export type Namespace = keyof EnglishResources;
/** Resources for one language: namespace → nested keys → strings, as in locales/<lng>/<ns>.json. */
export type LanguageResources = Partial<Record<Namespace, object>>;

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? K extends `${infer Base}_${PluralSuffix}`
      ? `${Prefix}${Base}`
      : `${Prefix}${K}`
    : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every key English has, written `namespace:path.to.key`; plural keys without their suffix. */
export type TKey = { [N in Namespace]: `${N}:${Leaves<EnglishResources[N]>}` }[Namespace];

export type TVars = Record<string, string | number>;
