import { SITE_DETECTORS } from './registry';

/** Every page id a detector can report: the site definitions are the one list of them. */
export type PageId = (typeof SITE_DETECTORS)[number]['pages'][number];

const PAGE_IDS: ReadonlySet<string> = new Set(SITE_DETECTORS.flatMap((detector) => detector.pages));

export const isPageId = (value: unknown): value is PageId => typeof value === 'string' && PAGE_IDS.has(value);
