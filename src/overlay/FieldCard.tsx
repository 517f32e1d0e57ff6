import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { TKey } from '../i18n/resources';
import { useLanguage, useTranslation } from '../i18n/use-translation';
import type { FieldGuide } from '../knowledge/fields/types';
import { formatEraDate, parseEraDate, parseGregorianDate, toEra, toGregorian } from '../fields/checks/era';
import type { PhotoCheck } from '../fields/checks/photo';
import type { FieldFindings } from '../fields/run-check';

const GAP = 10;
const MARGIN = 8;

interface FieldCardProps {
  guide: FieldGuide;
  /** The control on screen: the card goes beside it, or below or above, never over it. */
  anchor: DOMRect;
  findings: FieldFindings;
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

/** Converts the date the user knows into the calendar the form asks for, in our UI only. */
function DateConverter() {
  const t = useTranslation();
  const [western, setWestern] = useState('');
  const [era, setEra] = useState('');
  const gregorian = western === '' ? undefined : parseGregorianDate(western);
  const asEra = gregorian ? toEra(gregorian) : null;
  const eraDate = era === '' ? undefined : parseEraDate(era);
  const asWestern = eraDate ? toGregorian(eraDate) : null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    <div class="converter">
      <p class="field-card__heading">{t('fields:converter.heading')}</p>
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
export function FieldCard({ guide, anchor, findings }: FieldCardProps) {
  const t = useTranslation();
  const language = useLanguage();
  const ref = useRef<HTMLElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);
  const text = (part: string) => t(`fields:fields.${guide.id}.${part}` as TKey);
  const example = t(`fields:fields.${guide.id}.example` as TKey);
  const hasExample = example !== `fields.${guide.id}.example`;

  useLayoutEffect(() => {
    const box = ref.current?.getBoundingClientRect();
    if (!box) return;
    const width = window.innerWidth;
    const height = window.innerHeight;
    let left: number;
    let top: number;
    const besideTop = Math.min(Math.max(MARGIN, anchor.top), Math.max(MARGIN, height - box.height - MARGIN));
    const below = anchor.bottom + GAP;
    const above = anchor.top - GAP - box.height;
    // Right of the control; else below or above it, which keeps its label in view; left only when
    // nothing else fits, since there it would hide the form's labels.
    if (anchor.right + GAP + box.width <= width - MARGIN) {
      left = anchor.right + GAP;
      top = besideTop;
    } else if (below + box.height <= height - MARGIN || above >= MARGIN) {
      left = Math.min(Math.max(MARGIN, anchor.left), Math.max(MARGIN, width - box.width - MARGIN));
      top = below + box.height <= height - MARGIN ? below : above;
    } else if (anchor.left - GAP - box.width >= MARGIN) {
      left = anchor.left - GAP - box.width;
      top = besideTop;
    } else {
      left = Math.min(Math.max(MARGIN, anchor.left), Math.max(MARGIN, width - box.width - MARGIN));
      top = Math.max(MARGIN, height - box.height - MARGIN);
    }
    setPosition({ top, left });
  }, [anchor.top, anchor.left, anchor.right, anchor.bottom, guide.id, findings]);

  return (
    <section
      ref={ref}
      class="field-card"
      data-field={guide.id}
      aria-live="polite"
      aria-label={text('name')}
      style={position ? { top: `${position.top}px`, left: `${position.left}px` } : { top: '0px', left: '0px', visibility: 'hidden' }}
    >
      <p class="field-card__name">{text('name')}</p>
      <dl>
        <dt>{t('fields:card.what')}</dt>
        <dd>{text('what')}</dd>
        <dt>{t('fields:card.format')}</dt>
        <dd>{text('format')}</dd>
        {hasExample && (
          <>
            <dt>{t('fields:card.example')}</dt>
            <dd class="field-card__example">{example}</dd>
          </>
        )}
        <dt>{t('fields:card.mistakes')}</dt>
        <dd>{text('mistakes')}</dd>
      </dl>
      {findings.kind === 'text' && findings.findings.length > 0 && (
        <ul class="findings" data-findings="">
          {findings.findings.map((finding) => (
            <li key={finding.key} class={`finding finding--${finding.level}`}>
              {t(`fields:checks.${finding.key}` as TKey, finding.vars)}
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
      {guide.check === 'date' && <DateConverter />}
      {guide.check !== undefined && <p class="field-card__local">{t('fields:card.localOnly')}</p>}
    </section>
  );
}
