import { digitalAgencyExamples } from './digital-agency';
import { etaxExamples } from './etax';
import { isaExamples, isaOtherPages } from './isa';
import { jlisExamples } from './jlis';
import { jpkiExamples } from './jpki';
import { konbiniExamples } from './konbini';
import { mhlwExamples, mhlwOtherPages } from './mhlw';
import { micExamples, micOtherPages } from './mic';
import { mynaPortalExamples } from './myna-portal';
import { mynapointExamples } from './mynapoint';
import { nenkinExamples, nenkinOtherPages } from './nenkin';
import { ntaExamples, ntaOtherPages } from './nta';
import { onlineApplicationExamples } from './online-application';
import type { PageExample, SiteExamples, SiteId } from './types';

/** The example pages of every detector, for the registry test. Nothing shipped imports this file. */
export const SITE_EXAMPLES: Readonly<Record<SiteId, SiteExamples>> = {
  jlis: jlisExamples,
  'online-application': onlineApplicationExamples,
  'myna-portal': mynaPortalExamples,
  'digital-agency': digitalAgencyExamples,
  jpki: jpkiExamples,
  konbini: konbiniExamples,
  mynapoint: mynapointExamples,
  etax: etaxExamples,
  mic: micExamples,
  mhlw: mhlwExamples,
  isa: isaExamples,
  nta: ntaExamples,
  nenkin: nenkinExamples,
};

/**
 * For the ministry hosts, where only some pages are ours: pages of theirs that are not about the card,
 * which must get nothing at all. Every detector that does not own its whole host has some.
 */
export const SITE_OTHER_PAGES: Readonly<Partial<Record<SiteId, readonly PageExample[]>>> = {
  mic: micOtherPages,
  mhlw: mhlwOtherPages,
  isa: isaOtherPages,
  nta: ntaOtherPages,
  nenkin: nenkinOtherPages,
};
