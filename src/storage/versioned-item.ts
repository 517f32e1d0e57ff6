import { storage, type StorageItemKey } from 'wxt/utils/storage';
import type { ReadResult } from '../journey/journey-state';
import { keepAside, type KeptAsideReason } from './kept-aside';

export interface VersionedItemSpec<T> {
  key: StorageItemKey;
  /** The shape's version; each step up has a migration from the one before. */
  version: number;
  /** Version n's migration turns data of version n-1 into version n. */
  migrations: Record<number, (old: unknown) => unknown>;
  fallback: T;
  /** Reads stored data part by part, never throwing: what is wrong is reported and left at its default. */
  read(raw: unknown): ReadResult<T>;
}

export interface VersionedItem<T> {
  /** Reads without writing anything: for contexts that only show the data. */
  peek(): Promise<T>;
  /**
   * Reads for a context that may write. Data of a newer version, data a migration could not bring up
   * to date, and data with unreadable parts is first copied aside, whole; what could be read is saved
   * in its place, so a later save can never lose what was not understood.
   */
  load(): Promise<T>;
  save(value: T): Promise<void>;
  /** Reads, changes and saves. */
  update(change: (value: T) => T): Promise<T>;
  watch(onChange: (value: T) => void): () => void;
}

export function defineVersionedItem<T>(spec: VersionedItemSpec<T>): VersionedItem<T> {
  const item = storage.defineItem<unknown>(spec.key, { version: spec.version, migrations: spec.migrations });

  const load = async (): Promise<T> => {
    const [raw, meta] = await Promise.all([item.getValue(), item.getMeta()]);
    if (raw === null || raw === undefined) return spec.fallback;
    const stored = typeof (meta as { v?: unknown }).v === 'number' ? (meta as { v: number }).v : 1;
    const { value, problems } = spec.read(raw);
    const reason: KeptAsideReason | null =
      stored > spec.version ? 'newer-version' : stored < spec.version ? 'not-migrated' : problems.length > 0 ? 'unreadable' : null;
    if (reason !== null) {
      await keepAside({ key: spec.key, reason, version: stored, problems, data: raw });
      await item.setValue(value);
      await item.setMeta({ v: spec.version });
    }
    return value;
  };

  const save = async (value: T) => {
    await item.setValue(value);
    await item.setMeta({ v: spec.version });
  };

  // Changes made in this context run one after another, each on the value the one before saved.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <R>(task: () => Promise<R>): Promise<R> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    peek: async () => spec.read(await item.getValue()).value,
    load: () => serial(load),
    save: (value) => serial(() => save(value)),
    update: (change) =>
      serial(async () => {
        const next = change(await load());
        await save(next);
        return next;
      }),
    watch: (onChange) => item.watch((raw) => onChange(spec.read(raw).value)),
  };
}
