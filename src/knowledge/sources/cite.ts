import { SOURCES } from './registry';
import type { Source } from './types';

/** A source as users see it: who published it, what kind it is, when it was checked, and where. */
export interface Citation {
  publisher: string;
  kind: Source['kind'];
  /** 'YYYY-MM-DD', or 'YYYY-MM' where only the month is known. */
  checked: string;
  /** Its address, or null when it is not a page a user can open (a file of the public code index). */
  url: string | null;
}

const KIND_ORDER: Record<Source['kind'], number> = { official: 0, municipal: 1, secondary: 2 };

/**
 * The sources of some source keys, one per publisher (its first page, its latest check), official ones
 * first, then municipal, then the rest; keys without an entry are left out (the tests see none are).
 */
export function citationsOf(keys: Iterable<string>): Citation[] {
  const byPublisher = new Map<string, Citation>();
  for (const key of keys) {
    const source = Object.hasOwn(SOURCES, key) ? SOURCES[key] : undefined;
    if (!source) continue;
    const known = byPublisher.get(source.publisher);
    if (known) {
      if (source.checked > known.checked) known.checked = source.checked;
      continue;
    }
    const url = /^https?:\/\//.test(source.url) ? source.url : null;
    byPublisher.set(source.publisher, { publisher: source.publisher, kind: source.kind, checked: source.checked, url });
  }
  return [...byPublisher.values()].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

/** True when every source of a fact is secondary: the user is told it rests on no official or municipal page. */
export function restsOnSecondary(keys: readonly string[]): boolean {
  return keys.length > 0 && keys.every((key) => Object.hasOwn(SOURCES, key) && SOURCES[key]!.kind === 'secondary');
}
