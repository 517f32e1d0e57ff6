import { useEffect, useRef, useState } from 'preact/hooks';
import { dateFormat } from '../i18n/date-format';
import { useLanguage, useTranslation } from '../i18n/use-translation';
import type { TKey } from '../i18n/resources';
import type { KeptAside } from '../storage/kept-aside';
import { downloadText } from './download';

export interface KeptAsideStore {
  list(): Promise<KeptAside[]>;
  clear(): Promise<void>;
  watch(onChange: (entries: KeptAside[]) => void): () => void;
}

/** Saved data MyNa Guide could not read: what it was, a download of the copy, and a way to delete it. */
export function KeptAsideSection({ store, download = downloadText }: { store: KeptAsideStore; download?: typeof downloadText }) {
  const t = useTranslation();
  const language = useLanguage();
  const itemName = (key: string) => (key === 'local:journey' ? t('options:keptAside.items.journey') : key === 'local:settings' ? t('options:keptAside.items.settings') : key);
  const [entries, setEntries] = useState<KeptAside[]>([]);
  const [deleted, setDeleted] = useState(false);
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    void store.list().then(setEntries);
    return store.watch(setEntries);
  }, [store]);
  // The delete button goes away with the copies: focus moves to the message that says so.
  useEffect(() => {
    if (deleted) status.current?.focus();
  }, [deleted]);
  if (deleted && entries.length === 0) {
    return (
      <p class="status" role="status" tabIndex={-1} ref={status} data-kept-aside-deleted="">
        {t('options:keptAside.deleted')}
      </p>
    );
  }
  if (entries.length === 0) return null;
  return (
    <section class="card card--notice" aria-labelledby="kept-section" data-kept-aside="">
      <h2 id="kept-section">{t('options:keptAside.heading')}</h2>
      <p>{t('options:keptAside.text')}</p>
      <ul>
        {entries.map((entry) => (
          <li key={entry.keptAt + entry.key}>
            {t(`options:keptAside.reasons.${entry.reason}` as TKey, { item: itemName(entry.key), version: entry.version })}{' '}
            <span class="hint">({dateFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(entry.keptAt))})</span>
          </li>
        ))}
      </ul>
      <div class="buttons">
        <button type="button" class="button" onClick={() => download(`${JSON.stringify(entries, null, 2)}\n`, 'myna-guide-kept-aside.json')}>
          {t('options:keptAside.download')}
        </button>
        <button type="button" class="button button--secondary" onClick={() =>
            void store.clear().then(() => {
              setEntries([]);
              setDeleted(true);
            })
          }>
          {t('options:keptAside.delete')}
        </button>
      </div>
    </section>
  );
}
