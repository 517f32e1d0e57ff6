import { cardTerms } from './card';
import { pinsTerms } from './pins';
import { servicesTerms } from './services';
import type { TermData } from './types';

/** Every term MyNa Guide explains. Their English texts are in locales/<language>/terms.json. */
export const TERMS: readonly TermData[] = [...cardTerms, ...pinsTerms, ...servicesTerms];
