import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { TKey } from '../i18n/resources';
import { useLanguage, useTranslation } from '../i18n/use-translation';
import type { FieldGuide } from '../knowledge/fields/types';
import { formatEraDate, parseEraDate, parseGregorianDate, toEra, toGregorian } from '../fields/checks/era';
import type { PhotoCheck } from '../fields/checks/photo';
import type { FieldFindings } from '../fields/run-check';
import { JapaneseText } from '../ui/JapaneseText';
import { naturalSize } from './natural-size';
import { placeBeside, placementStyle, type Placement } from './place-beside';
import { NARROW_WIDTH, visibleArea } from './visible-area';

const GAP = 10;
const MARGIN = 8;
/** Right of the control; else below or above it, which keeps its label in view; left only when nothing
 * else fits, since there it would hide the form's labels. */
const SIDES = ['right', 'below', 'above', 'left'] as const;
/** On a phone the card is as wide as the screen, above the field, else below it, never over it: above,
 * it covers the fields already filled in, not the next one the user is about to tap, nor the keyboard. */
const NARROW_SIDES = ['above', 'below'] as const;
/** The key that takes the user from a date field into the converter (it types nothing, and browsers give
 * it no action of their own on a page). */
export const CONVERTER_KEY = 'F2';

interface FieldCardProps {
  guide: FieldGuide;
  /** The control on screen: the card goes beside it, or below or above, never over it. */
  anchor: DOMRect;
  findings: FieldFindings;
  /** Escape in the converter: focus goes back to the field. */
  onLeaveConverter?: () => void;
}

/** A file size with the number written the user's way ("2.5 MB", "2,5 MB") and the units J-LIS's rules use. */
function formatBytes(bytes: number, language: string): string {
  const mega = bytes >= 1024 * 1024;
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: mega ? 1 : 0 }).format(mega ? bytes / 1024 / 1024 : bytes / 1024);
  return `${number} ${mega ? 'MB' : 'KB'}`;
}

function photoText(t: ReturnType<typeof useTranslation>, check: PhotoCheck, language: string): string {
  const { detail } = check;
  if (detail.unknown) return t(`fields:photo.${check.id}_unknown` as TKey);
  if (check.id === 'format' && !check.pass && (detail.format === 'heic' || detail.format === 'png')) {
    return t(`fields:photo.format_${detail.format}` as TKey);
  }
  const vars = { size: formatBytes(Number(detail.bytes ?? 0), language), width: Number(detail.width ?? 0), height: Number(detail.height ?? 0) };
  return t(`fields:photo.${check.id}_${check.pass ? 'pass' : 'fail'}` as TKey, vars);
}

/** Converts the date the user knows into the calendar the form asks for, in our UI only. Escape goes
 * back to the field. */
function DateConverter({ onLeave }: { onLeave?: () => void }) {
  const t = useTranslation();
  const [western, setWestern] = useState('');
  const [era, setEra] = useState('');
  const gregorian = western === '' ? undefined : parseGregorianDate(western);
  const asEra = gregorian ? toEra(gregorian) : null;
  const eraDate = era === '' ? undefined : parseEraDate(era);
  const asWestern = eraDate ? toGregorian(eraDate) : null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    <div
      class="converter"
      data-converter=""
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !onLeave) return;
        event.stopPropagation();
        onLeave();
      }}
    >
      <p class="field-card__heading">{t('fields:converter.heading')}</p>
      <p class="field-card__keys shortcut-hint">{t('fields:converter.keys', { key: CONVERTER_KEY })}</p>
      <label>
        {t('fields:converter.western')}
        <input type="text" inputMode="numeric" placeholder="1990-04-01" value={western} onInput={(e) => setWestern(e.currentTarget.value)} />
      </label>
      {gregorian !== undefined && (
        <p class="converter__result" data-converted="era">
          {asEra ? t('fields:converter.asEra', { date: formatEraDate(asEra) }) : t('fields:converter.unreadable')}
        </p>
      )}
      <label>
        {t('fields:converter.era')}
        <input type="text" lang="ja" placeholder="平成2年4月1日" value={era} onInput={(e) => setEra(e.currentTarget.value)} />
      </label>
      {eraDate !== undefined && (
        <p class="converter__result" data-converted="western">
          {asWestern ? t('fields:converter.asWestern', { date: `${asWestern.year}-${pad(asWestern.month)}-${pad(asWestern.day)}` }) : t('fields:converter.unreadable')}
        </p>
      )}
    </div>
  );
}

/** What a field asks, in what format, the usual mistakes, and the local check of what was typed. */
export function FieldCard({ guide, anchor, findings, onLeaveConverter }: FieldCardProps) {
  const t = useTranslation();
  const language = useLanguage();
  const ref = useRef<HTMLElement>(null);
  const [position, setPosition] = useState<(Placement & { width: string }) | null>(null);
  const text = (part: string) => t(`fields:fields.${guide.id}.${part}` as TKey);
  const example = t(`fields:fields.${guide.id}.example` as TKey);
  const hasExample = example !== `fields.${guide.id}.example`;

  // What is on screen, read at each drawing: the keyboard or a pinch zoom moves no field, only the view.
  const area = visibleArea();
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const narrow = area.width <= NARROW_WIDTH;
    // On a phone the card spans what is on screen, also when zoomed in with two fingers; it is measured
    // at that width.
    const width = narrow ? `${Math.floor(area.width - 2 * MARGIN)}px` : '';
    if (element.style.width !== width) element.style.width = width;
    setPosition({ ...placeBeside(anchor, naturalSize(element), area, { sides: narrow ? NARROW_SIDES : SIDES, gap: GAP, margin: MARGIN }), width });
  }, [anchor.top, anchor.left, anchor.right, anchor.bottom, area.top, area.left, area.width, area.height, guide.id, findings]);

  return (
    <section
      ref={ref}
      class={position?.maxHeight === undefined ? 'field-card' : 'field-card field-card--scrolls'}
      data-field={guide.id}
      aria-live="polite"
      aria-label={text('name')}
      style={{ ...placementStyle(position), width: position?.width || undefined }}
    >
      <p class="field-card__name">{text('name')}</p>
      <dl>
        <dt>{t('fields:card.what')}</dt>
        <dd>
          <JapaneseText text={text('what')} />
        </dd>
        <dt>{t('fields:card.format')}</dt>
        <dd>
          <JapaneseText text={text('format')} />
        </dd>
        {hasExample && (
          <>
            <dt>{t('fields:card.example')}</dt>
            <dd class="field-card__example">{example}</dd>
          </>
        )}
        <dt>{t('fields:card.mistakes')}</dt>
        <dd>
          <JapaneseText text={text('mistakes')} />
        </dd>
      </dl>
      {findings.kind === 'text' && findings.findings.length > 0 && (
        <ul class="findings" data-findings="">
          {findings.findings.map((finding) => (
            <li key={finding.key} class={`finding finding--${finding.level}`}>
              <JapaneseText text={t(`fields:checks.${finding.key}` as TKey, finding.vars)} />
            </li>
          ))}
        </ul>
      )}
      {findings.kind === 'photo' && (
        <>
          <p class="field-card__heading">{t('fields:photo.heading')}</p>
          <ul class="findings" data-photo-checks="">
            {findings.checks.map((check) => (
              <li key={check.id} class={`finding finding--${check.pass ? 'ok' : 'problem'}`} data-check={check.id} data-pass={String(check.pass)}>
                <span class="visually-hidden">{t(check.pass ? 'fields:photo.pass' : 'fields:photo.fail')}: </span>
                {photoText(t, check, language)}
              </li>
            ))}
          </ul>
        </>
      )}
      {guide.check === 'date' && <DateConverter onLeave={onLeaveConverter} />}
      {guide.check !== undefined && <p class="field-card__local">{t('fields:card.localOnly')}</p>}
      <p class="field-card__local shortcut-hint">{t('fields:card.escape')}</p>
    </section>
  );
}
