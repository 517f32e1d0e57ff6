import { browser } from 'wxt/browser';
import type { Localizer } from '../i18n/localizer';
import type { TKey } from '../i18n/resources';
import type { PageMatch } from '../sites/types';

/** The toolbar button's tooltip says, for each tab, whether it shows an official My Number site. */
export function toolbarTitle(i18n: Localizer, match: PageMatch | null): string {
  const product = i18n.t('common:productName');
  if (match === null) return product;
  return `${product}: ${i18n.t('sites:officialSite')}, ${i18n.t(`sites:${match.site}.name` as TKey)}`;
}

export async function handlePageStatus(i18n: Localizer, tabId: number, match: PageMatch | null): Promise<void> {
  // Firefox MV2 names it browserAction; Chrome MV3 names it action.
  const action = browser.action ?? browser.browserAction;
  await action.setTitle({ tabId, title: toolbarTitle(i18n, match) });
}
