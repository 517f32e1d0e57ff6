import { useEffect, useState } from 'preact/hooks';
import { formatChecked } from '../i18n/date-format';
import type { TKey } from '../i18n/resources';
import { useTranslation } from '../i18n/use-translation';
import type { Citation } from '../knowledge/sources/cite';

interface StepSourcesProps {
  keys: readonly string[];
  language: string;
}

/**
 * Where a step's facts come from: each publisher, the kind of source and the day it was checked, with a
 * link to the page. Folded, so the step stays short. The registry of every source is loaded when a
 * step's details are first opened, not with the popup.
 */
export function StepSources({ keys, language }: StepSourcesProps) {
  const t = useTranslation();
  const [citations, setCitations] = useState<readonly Citation[] | null>(null);
  const wanted = keys.join(' ');
  useEffect(() => {
    let live = true;
    void import('../knowledge/sources/cite').then(({ citationsOf }) => {
      if (live) setCitations(citationsOf(wanted.split(' ')));
    });
    return () => {
      live = false;
    };
  }, [wanted]);
  if (citations === null || citations.length === 0) return null;
  return (
    <details class="step__sources" data-sources="">
      <summary>{t('popup:checklist.sources', { count: citations.length })}</summary>
      <ul>
        {citations.map((citation) => (
          <li key={citation.publisher} data-source-kind={citation.kind}>
            {citation.url ? (
              <a href={citation.url} target="_blank" rel="noreferrer">
                {citation.publisher}
              </a>
            ) : (
              citation.publisher
            )}{' '}
            <span class="source__meta">
              {t('popup:checklist.sourceMeta', {
                kind: t(`popup:checklist.sourceKinds.${citation.kind}` as TKey),
                date: formatChecked(citation.checked, language),
              })}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
