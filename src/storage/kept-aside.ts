import { browser } from 'wxt/browser';
import type { DataProblem } from '../journey/journey-state';

/** Why stored data was put aside instead of used. */
export type KeptAsideReason = 'unreadable' | 'newer-version' | 'not-migrated';

/** A copy of stored data MyNa Guide could not fully read, kept for the user to download, never deleted unasked. */
export interface KeptAside {
  /** The storage item it came from, as `local:journey`. */
  key: string;
  reason: KeptAsideReason;
  /** The version the data said it had. */
  version: number;
  /** When it was put aside, ISO 8601. */
  keptAt: string;
  problems: readonly DataProblem[];
  data: unknown;
}

/**
 * Each copy is stored under a key of its own, so two contexts (or two items) keeping data aside at the
 * same moment can never overwrite each other's copy.
 */
const PREFIX = 'keptAside:';

const isKeptAside = (entry: unknown): entry is KeptAside => {
  if (typeof entry !== 'object' || entry === null) return false;
  const { key, reason, version, keptAt, problems } = entry as Record<string, unknown>;
  return (
    typeof key === 'string' &&
    ['unreadable', 'newer-version', 'not-migrated'].includes(reason as string) &&
    typeof version === 'number' &&
    typeof keptAt === 'string' &&
    Array.isArray(problems)
  );
};

const entriesOf = (all: Record<string, unknown>): KeptAside[] =>
  Object.entries(all)
    .filter(([key, value]) => key.startsWith(PREFIX) && isKeptAside(value))
    .map(([, value]) => value as KeptAside)
    .sort((a, b) => b.keptAt.localeCompare(a.keptAt));

/** The copies kept aside, newest first. Anything under our prefix that is not a copy is skipped, not fatal. */
export async function listKeptAside(): Promise<KeptAside[]> {
  return entriesOf(await browser.storage.local.get(null));
}

export async function keepAside(entry: Omit<KeptAside, 'keptAt'>, now = new Date()): Promise<void> {
  const sameData = JSON.stringify(entry.data);
  // Opening the same bad data again keeps no second copy of it.
  if ((await listKeptAside()).some((kept) => kept.key === entry.key && kept.reason === entry.reason && JSON.stringify(kept.data) === sameData)) return;
  const id = `${PREFIX}${entry.key}:${now.getTime()}:${Math.random().toString(36).slice(2, 8)}`;
  await browser.storage.local.set({ [id]: { ...entry, keptAt: now.toISOString() } });
}

/** Deletes the copies: only when the user asks. */
export async function clearKeptAside(): Promise<void> {
  const keys = Object.keys(await browser.storage.local.get(null)).filter((key) => key.startsWith(PREFIX));
  await browser.storage.local.remove(keys);
}

export function watchKeptAside(onChange: (entries: KeptAside[]) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some((key) => key.startsWith(PREFIX))) void listKeptAside().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
