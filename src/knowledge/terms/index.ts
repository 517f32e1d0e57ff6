import { cardTerms } from './card';
import { documentsTerms } from './documents';
import { everydayTerms } from './everyday';
import { moneyTerms } from './money';
import { officesTerms } from './offices';
import { pinsTerms } from './pins';
import { proceduresTerms } from './procedures';
import { servicesTerms } from './services';
import type { TermData } from './types';

/** Every term MyNa Guide explains. Their English texts are in locales/<language>/terms.json. */
export const TERMS: readonly TermData[] = [
  ...cardTerms,
  ...pinsTerms,
  ...servicesTerms,
  ...documentsTerms,
  ...officesTerms,
  ...proceduresTerms,
  ...moneyTerms,
  ...everydayTerms,
];
