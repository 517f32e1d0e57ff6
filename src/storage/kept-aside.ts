import { storage } from 'wxt/utils/storage';
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

/** Enough for every item to have gone wrong several times; the oldest copies go first beyond it. */
const MAX_KEPT = 10;

const keptAsideItem = storage.defineItem<unknown>('local:keptAside', { fallback: [] });

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

/** The copies kept aside, newest first. Anything in the list that is not a copy is skipped, not fatal. */
export async function listKeptAside(): Promise<KeptAside[]> {
  const raw = await keptAsideItem.getValue();
  return Array.isArray(raw) ? raw.filter(isKeptAside) : [];
}

export async function keepAside(entry: Omit<KeptAside, 'keptAt'>, now = new Date()): Promise<void> {
  const existing = await listKeptAside();
  const sameData = JSON.stringify(entry.data);
  // Two contexts that open the same bad data at once keep one copy of it.
  if (existing.some((kept) => kept.key === entry.key && kept.reason === entry.reason && JSON.stringify(kept.data) === sameData)) return;
  await keptAsideItem.setValue([{ ...entry, keptAt: now.toISOString() }, ...existing].slice(0, MAX_KEPT));
}

/** Deletes the copies: only when the user asks. */
export async function clearKeptAside(): Promise<void> {
  await keptAsideItem.setValue([]);
}

export function watchKeptAside(onChange: (entries: KeptAside[]) => void): () => void {
  return keptAsideItem.watch((raw) => onChange(Array.isArray(raw) ? raw.filter(isKeptAside) : []));
}
