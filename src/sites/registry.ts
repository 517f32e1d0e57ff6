import { digitalAgency } from './digital-agency';
import { etax } from './etax';
import { isa } from './isa';
import { jlis } from './jlis';
import { jpki } from './jpki';
import { konbini } from './konbini';
import { mhlw } from './mhlw';
import { mic } from './mic';
import { mynaPortal } from './myna-portal';
import { mynapoint } from './mynapoint';
import { nenkin } from './nenkin';
import { nta } from './nta';
import { onlineApplication } from './online-application';

/** Every official site MyNa Guide knows, one detector each. */
export const SITE_DETECTORS = [
  jlis,
  onlineApplication,
  mynaPortal,
  digitalAgency,
  jpki,
  konbini,
  mynapoint,
  etax,
  mic,
  mhlw,
  isa,
  nta,
  nenkin,
] as const;
