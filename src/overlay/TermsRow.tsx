import { useTranslation } from '../i18n/use-translation';
import { TERMS_SHORTCUT } from './TermsPanel';

interface TermsRowProps {
  /** How many terms the page has, or 'loading' until known. */
  count: number | 'loading';
  onOpen: (opener: Element | null) => void;
}

/**
 * The banner's row for the page's terms: there from the first paint whenever terms are on, so the banner
 * never grows and moves under the reader.
 */
export function TermsRow({ count, onOpen }: TermsRowProps) {
  const t = useTranslation();
  return (
    <div class="terms-row">
      {typeof count === 'number' && count > 0 ? (
        <button type="button" class="terms-button" onClick={(event) => onOpen(event.currentTarget)} aria-keyshortcuts={TERMS_SHORTCUT} data-open-terms="">
          {t('overlay:termsButton', { count })}
        </button>
      ) : (
        <span class="terms-status">{t(count === 'loading' ? 'overlay:termsLoading' : 'overlay:termsNone')}</span>
      )}
    </div>
  );
}
