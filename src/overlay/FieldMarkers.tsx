import { useTranslation } from '../i18n/use-translation';
import type { TKey } from '../i18n/resources';
import { labelElementOf } from '../fields/field-label';
import type { RecognizedField } from '../fields/match-field';

interface FieldMarkersProps {
  fields: readonly RecognizedField[];
  onOpen(field: RecognizedField): void;
}

/**
 * Where a marker can sit without covering anything of the label: right of the rightmost box of its
 * content (badges such as 必須 included), level with its first line.
 */
function labelEnd(element: Element): DOMRect | null {
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
  if (rects.length === 0) return null;
  const right = Math.max(...rects.map((r) => r.right));
  const first = rects[0]!;
  return new DOMRect(first.left, first.top, right - first.left, first.height);
}

/** A small "?" beside each recognized label; it opens the same card as focusing the field. */
export function FieldMarkers({ fields, onOpen }: FieldMarkersProps) {
  const t = useTranslation();
  const seen = new Set<Element>();
  const markers: { field: RecognizedField; rect: DOMRect }[] = [];
  for (const field of fields) {
    const label = labelElementOf(field.control);
    if (seen.has(label)) continue;
    seen.add(label);
    const rect = labelEnd(label);
    if (rect && rect.bottom > 0 && rect.top < window.innerHeight) markers.push({ field, rect });
  }
  return (
    <>
      {markers.map(({ field, rect }) => (
        <button
          key={`${field.guide.id}-${rect.top}-${rect.right}`}
          type="button"
          class="field-marker"
          data-field-marker={field.guide.id}
          style={{ top: `${rect.top + rect.height / 2 - 9}px`, left: `${rect.right + 4}px` }}
          aria-label={t('fields:card.marker', { name: t(`fields:fields.${field.guide.id}.name` as TKey) })}
          onClick={() => onOpen(field)}
        >
          ?
        </button>
      ))}
    </>
  );
}
