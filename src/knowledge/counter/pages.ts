import type { PageId } from '../../sites/page-ids';
import type { CounterVisitId } from './visits';

/** Official pages about a visit to a counter: their banner links to its card. */
export const COUNTER_PAGES: Partial<Record<PageId, readonly CounterVisitId[]>> = {
  'jlis-pickup': ['pickup'],
  'jlis-pin-faq': ['pin-reset'],
  'jpki-pin-reset': ['pin-reset'],
  'jpki-pin-rules': ['pin-reset'],
  'jlis-validity': ['extend-validity', 'special-extension', 'renew'],
  'da-expiration': ['extend-validity', 'special-extension', 'renew'],
  'isa-tokutei': ['immigration-specified-card', 'specified-card-moving-in'],
  'da-moving': ['continued-use'],
  'portal-moving': ['continued-use'],
  'jlis-express': ['reissue'],
  'mhlw-insurance': ['insurer-certificate'],
};
