import { digitalAgencyExamples } from './digital-agency';
import { etaxExamples } from './etax';
import { isaExamples } from './isa';
import { jlisExamples } from './jlis';
import { jpkiExamples } from './jpki';
import { konbiniExamples } from './konbini';
import { mhlwExamples } from './mhlw';
import { micExamples } from './mic';
import { mynaPortalExamples } from './myna-portal';
import { mynapointExamples } from './mynapoint';
import { onlineApplicationExamples } from './online-application';
import type { SiteExamples, SiteId } from './types';

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
};
