import { useLayoutEffect, useRef } from 'preact/hooks';
import { useTranslation } from '../i18n/use-translation';
import type { TermView } from '../terms/term-view';
import { CloseIcon } from '../ui/icons';
import { TERM_TOOLTIP_ID } from './TermPopover';

/** The terms panel's default shortcut (wxt.config.ts); users can change it in the browser's settings. */
export const TERMS_SHORTCUT = 'Alt+Shift+M';

export interface PanelEntry {
  term: TermView;
  /** What the page writes at the term's first occurrence. */
  pageText: string;
}

interface TermsPanelProps {
  entries: readonly PanelEntry[];
  /** The term whose popover is showing, if it was opened from here. */
  selected: string | null;
  onSelect(termId: string): void;
  /** Escape with a popover open closes the popover only: one layer a time. */
  onUnselect(): void;
  onClose(): void;
}

/** Every term on the page, in page order. Each entry is a button; arrows move, Escape closes. */
export function TermsPanel({ entries, selected, onSelect, onUnselect, onClose }: TermsPanelProps) {
  const t = useTranslation();
  const listRef = useRef<HTMLOListElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Focus moves in before the panel is first painted, so no keystroke lands in between.
  useLayoutEffect(() => {
    (listRef.current?.querySelector<HTMLButtonElement>('button') ?? headingRef.current)?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      if (selected !== null) onUnselect();
      else onClose();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && event.key !== 'Home' && event.key !== 'End') return;
    const buttons = Array.from(listRef.current?.querySelectorAll<HTMLButtonElement>('button[data-term-entry]') ?? []);
    if (buttons.length === 0) return;
    const current = buttons.indexOf(event.target as HTMLButtonElement);
    const next =
      event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : (current + (event.key === 'ArrowDown' ? 1 : -1) + buttons.length) % buttons.length;
    event.preventDefault();
    // Scrolled here rather than by focus: Firefox leaves an entry half cut at the list's edge, and with
    // it the focus ring; this honours the entry's scroll margin in every browser.
    buttons[next]!.focus({ preventScroll: true });
    buttons[next]!.scrollIntoView({ block: 'nearest' });
  };

  return (
    <section class="terms-panel" role="dialog" aria-modal="false" aria-labelledby="terms-panel-title" onKeyDown={onKeyDown} data-terms-panel="">
      <div class="terms-panel__head">
        <h2 id="terms-panel-title" tabIndex={-1} ref={headingRef}>
          {t('overlay:termsPanelTitle')}
        </h2>
        <button type="button" class="icon-button" onClick={onClose} aria-label={t('common:close')}>
          <CloseIcon />
        </button>
      </div>
      {entries.length === 0 ? (
        <p class="terms-panel__empty">{t('overlay:termsPanelEmpty')}</p>
      ) : (
        <>
          <p class="terms-panel__hint">
            {t('overlay:termsPanelHint')}{' '}
            <span class="shortcut-hint">
              {t('overlay:termsPanelKeys')} {t('overlay:termsShortcut', { keys: TERMS_SHORTCUT })}
            </span>
          </p>
          <ol class="terms-panel__list" ref={listRef}>
            {entries.map(({ term, pageText }) => (
              <li key={term.id}>
                <button
                  type="button"
                  class="terms-panel__entry"
                  data-term-entry={term.id}
                  aria-pressed={selected === term.id}
                  aria-describedby={selected === term.id ? TERM_TOOLTIP_ID : undefined}
                  onClick={() => onSelect(term.id)}
                >
                  <span class="terms-panel__name">{term.name}</span>
                  <span class="terms-panel__ja" lang="ja">
                    {pageText}
                  </span>
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
