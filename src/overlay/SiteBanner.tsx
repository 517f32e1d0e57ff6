import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { TKey } from '../i18n/resources';
import { useTranslation } from '../i18n/use-translation';
import { SITE_INFO } from '../sites/site-info';
import type { PageMatch } from '../sites/types';
import { CheckIcon, CloseIcon, LogoMark, MinimizeIcon } from '../ui/icons';

interface SiteBannerProps {
  match: PageMatch;
  /** Shown as the small pill. Held by the caller, which also minimizes it when it would cover the page's focused control. */
  minimized: boolean;
  /** The user asked for the pill or the banner (a button, or Escape): focus follows. */
  onMinimize: (minimized: boolean) => void;
  /** At the top of the window, where the page's focused control is at the bottom. */
  atTop?: boolean;
  /** Called when the user closes the banner for this page view. */
  onClose: () => void;
  /** What other features offer from the banner (the page's terms), under the reminders. */
  actions?: ComponentChildren;
  /** The page's reminders, under the summary. */
  children?: ComponentChildren;
}

/** Names the official site the user is on and who runs it. Minimizes to a pill; never blocks the page. */
export function SiteBanner({ match, minimized, onMinimize, atTop = false, onClose, actions, children }: SiteBannerProps) {
  const t = useTranslation();
  const focusAfterToggle = useRef(false);
  const pillRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const info = SITE_INFO[match.site];

  // Keyboard users keep their place: focus follows the banner when it minimizes or expands, before the
  // next paint, so no keystroke can land in between.
  useLayoutEffect(() => {
    if (!focusAfterToggle.current) return;
    focusAfterToggle.current = false;
    (minimized ? pillRef.current : headingRef.current)?.focus();
  }, [minimized]);

  const toggle = () => {
    focusAfterToggle.current = true;
    onMinimize(!minimized);
  };
  const place = atTop ? ' at-top' : '';

  if (minimized) {
    return (
      <aside class={`pill-wrap${place}`} aria-label={t('common:productName')} data-banner="" data-minimized="">
        <button type="button" class="pill" ref={pillRef} onClick={toggle} aria-label={t('common:expand')}>
          <LogoMark size={16} />
          <span class="pill__label">{t('common:productName')}</span>
        </button>
      </aside>
    );
  }

  return (
    <aside
      class={`banner${place}`}
      aria-label={t('common:productName')}
      data-banner=""
      onKeyDown={(event) => {
        // Escape puts the banner away as the pill, from anywhere inside it.
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        toggle();
      }}
    >
      <div class="banner__head">
        <span class="brand">
          <LogoMark size={16} /> {t('common:productName')}
        </span>
        <span class="badge">
          <CheckIcon /> {t('sites:officialSite')}
        </span>
      </div>
      <h2 class="site-name" tabIndex={-1} ref={headingRef}>
        {t(`sites:${match.site}.name` as TKey)}
        {info && (
          <span class="site-name-ja" lang="ja">
            {info.nameJa}
          </span>
        )}
      </h2>
      <p class="page-name">{t(`sites:pages.${match.page}` as TKey)}</p>
      <p class="summary">
        {t(`sites:${match.site}.summary` as TKey, { operator: t(`sites:${match.site}.operator` as TKey) })}
      </p>
      {children}
      {actions}
      <div class="actions">
        <button type="button" class="icon-button" onClick={toggle} aria-label={t('common:minimize')} aria-keyshortcuts="Escape">
          <MinimizeIcon />
        </button>
        <button type="button" class="icon-button" onClick={onClose} aria-label={t('common:close')}>
          <CloseIcon />
        </button>
      </div>
    </aside>
  );
}
