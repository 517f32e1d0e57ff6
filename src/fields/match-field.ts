import type { FieldGuide } from '../knowledge/fields/types';
import type { SiteId } from '../sites/types';
import { normalizeForMatch } from '../terms/normalize';
import { FIELD_CONTROLS, labelTextOf } from './field-label';

/** Normalized like page text: NFKC, lowercase, no white space, so （確認用） and (確認用) are one. */
const prepared = new WeakMap<FieldGuide, string[]>();
const labelsOf = (guide: FieldGuide) => {
  let labels = prepared.get(guide);
  if (!labels) {
    labels = guide.labels.map(normalizeForMatch);
    prepared.set(guide, labels);
  }
  return labels;
};

/** The guide whose label the control's label text contains, the longest such label winning. */
export function matchField(labelText: string, guides: readonly FieldGuide[]): FieldGuide | null {
  const text = normalizeForMatch(labelText);
  if (text === '') return null;
  let best: { guide: FieldGuide; length: number } | null = null;
  for (const guide of guides) {
    for (const label of labelsOf(guide)) {
      if (label.length > (best?.length ?? 0) && text.includes(label)) best = { guide, length: label.length };
    }
  }
  return best?.guide ?? null;
}

export interface RecognizedField {
  control: HTMLElement;
  guide: FieldGuide;
}

/** Every control on the page that a guide of this site explains, in document order. Reads only. */
export function findFields(root: ParentNode, site: SiteId, guides: readonly FieldGuide[]): RecognizedField[] {
  const forSite = guides.filter((guide) => guide.sites.includes(site));
  if (forSite.length === 0) return [];
  const found: RecognizedField[] = [];
  for (const control of Array.from(root.querySelectorAll<HTMLElement>(FIELD_CONTROLS))) {
    if (control.closest('myna-guide')) continue;
    const guide = matchField(labelTextOf(control), forSite);
    if (guide) found.push({ control, guide });
  }
  return found;
}
