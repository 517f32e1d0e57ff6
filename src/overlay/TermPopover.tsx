import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { TKey } from '../i18n/resources';
import { useLanguage, useTranslation } from '../i18n/use-translation';
import { formatChecked } from '../i18n/date-format';
import type { SourceView, TermView } from '../terms/term-view';
import { CloseIcon } from '../ui/icons';
import { naturalSize } from './natural-size';
import { visibleArea } from './visible-area';
import { placeBeside, placementStyle, type Placement } from './place-beside';

export const TERM_TOOLTIP_ID = 'myna-guide-term-tooltip';
const GAP = 6;
const MARGIN = 8;
/** The popover's widest, as in overlay.css. */
const MAX_WIDTH = 360;
/** The popover names this many sources; the terms panel's entry lists the rest. */
const SHOWN_SOURCES = 3;

interface TermPopoverProps {
  term: TermView;
  /** What the page itself writes there. */
  pageText: string;
  /** The word on screen: the popover goes below it, or above when there is no room, never over it. */
  anchor: DOMRect;
  relatedNames: string[];
  /** Where the explanation's facts come from, official ones first. */
  sources: readonly SourceView[];
  onPointerEnter?: () => void;
  onPointerLeave?: () => void;
  /** The close button: on a touch screen there is no pointer to move away, and no Escape key. */
  onClose?: () => void;
}

/** A term explained: English name, reading, explanation and where the English comes from. */
export function TermPopover({ term, pageText, anchor, relatedNames, sources, onPointerEnter, onPointerLeave, onClose }: TermPopoverProps) {
  const t = useTranslation();
  const language = useLanguage();
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<(Placement & { maxWidth?: string }) | null>(null);

  // Below the word, else above; where neither holds it whole (a small window, a zoomed page), the larger
  // space, and it scrolls.
  // What is on screen, read at each drawing: a pinch zoom moves no word, only the view.
  const area = visibleArea();
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    // No wider than what is on screen, also when zoomed in with two fingers; measured at that width.
    const maxWidth = `${Math.floor(Math.min(MAX_WIDTH, area.width - 2 * MARGIN))}px`;
    if (element.style.maxWidth !== maxWidth) element.style.maxWidth = maxWidth;
    setPosition({ ...placeBeside(anchor, naturalSize(element), area, { sides: ['below', 'above'], gap: GAP, margin: MARGIN }), maxWidth });
  }, [anchor.top, anchor.left, anchor.bottom, area.top, area.left, area.width, area.height, term.id]);

  // The tooltip sits in a region named by the term, so that its text is inside a landmark like the rest of our UI.
  return (
    <section class="term-popover-region" aria-labelledby={`${TERM_TOOLTIP_ID}-name`}>
      {/* The box that is placed holds the tooltip and, beside it, the close button: a tooltip holds no
          control, and a description read from it is the explanation alone. */}
      <div
        ref={ref}
        class="term-popover"
        style={{ ...placementStyle(position), maxWidth: position?.maxWidth }}
        onPointerEnter={onPointerEnter}
        onPointerLeave={onPointerLeave}
      >
        <div id={TERM_TOOLTIP_ID} role="tooltip" data-term={term.id}>
          <p class="term-popover__name" id={`${TERM_TOOLTIP_ID}-name`}>
            {term.name}
          </p>
          <p class="term-popover__reading">
            <span lang="ja">{pageText}</span>
            <span aria-hidden="true"> · </span>
            {/* Screen readers say "Reading" in the user's language, then the reading in a Japanese voice. */}
            <span class="visually-hidden">{t('overlay:readingLabel')} </span>
            <span lang="ja">{term.reading}</span>
            <span aria-hidden="true"> · </span>
            <span class="term-popover__romaji">{term.romaji}</span>
          </p>
          <p class="term-popover__explanation">{term.explanation}</p>
          {relatedNames.length > 0 && (
            <p class="term-popover__related">
              {t('overlay:related', { terms: new Intl.ListFormat(language, { type: 'conjunction' }).format(relatedNames) })}
            </p>
          )}
          <p class={`term-popover__source${term.officialBy ? ' term-popover__source--official' : ''}`}>
            {term.officialBy
              ? language === 'en'
                ? t('overlay:officialEnglish', { by: t(`overlay:by.${term.officialBy}` as TKey) })
                : t('overlay:officialEnglishName', { name: term.english, by: t(`overlay:by.${term.officialBy}` as TKey) })
              : t('overlay:ourWording')}
          </p>
          {sources.length > 0 && (
            <p class="term-popover__sources" data-term-sources="">
              {t('overlay:sources', {
                list: new Intl.ListFormat(language, { type: 'unit' }).format(
                  sources.slice(0, SHOWN_SOURCES).map((source) =>
                    t('overlay:sourceItem', {
                      publisher: source.publisher,
                      kind: t(`overlay:sourceKinds.${source.kind}` as TKey),
                      date: formatChecked(source.checked, language),
                    }),
                  ),
                ),
              })}
              {sources.length > SHOWN_SOURCES && ` ${t('overlay:moreSources', { count: sources.length - SHOWN_SOURCES })}`}
            </p>
          )}
        </div>
        {onClose && (
          <button type="button" class="icon-button term-popover__close" onClick={onClose} aria-label={t('common:close')}>
            <CloseIcon />
          </button>
        )}
      </div>
    </section>
  );
}
