import { useTranslation } from '../i18n/use-translation';

interface KeptAsideNoticeProps {
  count: number;
  /** Where the user can download or delete the copies. */
  onOpenSettings?: () => void;
}

/** Tells the user, plainly, that some saved data could not be read and a copy is kept. */
export function KeptAsideNotice({ count, onOpenSettings }: KeptAsideNoticeProps) {
  const t = useTranslation();
  if (count === 0) return null;
  return (
    <div class="notice" role="status" data-kept-aside="">
      <p>{t('popup:keptAside.text', { count })}</p>
      {onOpenSettings && (
        <button type="button" class="link-button" onClick={onOpenSettings}>
          {t('popup:keptAside.open')}
        </button>
      )}
    </div>
  );
}
