/**
 * Every place the knowledge data cites source keys, for the tests: each key must have an entry in
 * SOURCES, and each entry must be cited. It imports all of the data, so nothing the extension ships
 * imports it (and index.ts does not re-export it).
 */
import { ALERT_RULES } from '../../alerts/plan-alerts';
import { FROM_ABROAD_SOURCES, HOTLINES, LOST_CARD_NOTES, LOST_CARD_SOURCES } from '../../journey/hotlines';
import { PAGE_REMINDERS } from '../../journey/reminders';
import { APPLY_METHOD_SOURCES, CHECKLIST_STEPS, COMPLETION_PAGES } from '../../journey/steps';
import { OFFICIAL_SCOPES } from '../../sites/official-hosts';
import { SITE_INFO } from '../../sites/site-info';
import { COUNTER_VISITS } from '../counter/visits';
import { FIELD_GUIDES } from '../fields';
import { TERMS } from '../terms';

/** A list of source keys and where it is: `TERMS[3].english.sources`, `LOST_CARD_SOURCES` … */
export interface CitedList {
  where: string;
  keys: readonly string[];
}

/**
 * Data walked whole: every list under a property named here, at any depth, is a list of source keys
 * (a term's `sources` and `english.sources`, a step's `duration`, a fact's or a link's `sources` …).
 * A new term file is covered once it is in TERMS.
 */
const WALKED: Readonly<Record<string, unknown>> = {
  TERMS,
  FIELD_GUIDES,
  CHECKLIST_STEPS,
  COMPLETION_PAGES,
  PAGE_REMINDERS,
  HOTLINES,
  LOST_CARD_NOTES,
  ALERT_RULES,
  OFFICIAL_SCOPES,
  SITE_INFO,
  COUNTER_VISITS,
};

const KEY_LIST_PROPERTIES = new Set(['sources', 'duration', 'ifNo']);

/** Data that is itself a list of keys, or a record of such lists. */
const LISTS: Readonly<Record<string, readonly string[]>> = {
  LOST_CARD_SOURCES,
  FROM_ABROAD_SOURCES,
  ...Object.fromEntries(Object.entries(APPLY_METHOD_SOURCES).map(([method, keys]) => [`APPLY_METHOD_SOURCES.${method}`, keys])),
};

function walk(value: unknown, where: string, out: CitedList[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, `${where}[${i}]`, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [property, child] of Object.entries(value)) {
      const path = `${where}.${property}`;
      if (KEY_LIST_PROPERTIES.has(property) && Array.isArray(child)) out.push({ where: path, keys: child.map(String) });
      else walk(child, path, out);
    }
  }
}

/** Every list of source keys in the knowledge data, with where it is. */
export function citedLists(): CitedList[] {
  const out: CitedList[] = [];
  for (const [name, data] of Object.entries(WALKED)) walk(data, name, out);
  for (const [name, keys] of Object.entries(LISTS)) out.push({ where: name, keys });
  return out;
}

/** Every source key the knowledge data cites, sorted as SOURCES is. */
export function usedSourceKeys(lists: readonly CitedList[] = citedLists()): string[] {
  return sortSourceKeys(new Set(lists.flatMap((list) => list.keys)));
}

/** S keys by number, then G keys, then P keys: S2 < S10 < S110 < S110b < G1 < G1-b < G2 < P1; anything else last. */
export function sortSourceKeys(keys: Iterable<string>): string[] {
  const rank = (key: string): [number, number, string] => {
    const match = /^([SGP])(\d+)(.*)$/.exec(key);
    return match ? ['SGP'.indexOf(match[1]!), Number(match[2]), match[3]!] : [3, 0, key];
  };
  return [...keys].sort((a, b) => {
    const [ga, na, ra] = rank(a);
    const [gb, nb, rb] = rank(b);
    return ga - gb || na - nb || (ra < rb ? -1 : ra > rb ? 1 : 0);
  });
}
