import type { TermOccurrence } from './find-terms';
import { rangeOf } from './highlighter';

/** Finds the occurrence under a point of the viewport. Reads layout only. */
export function createHitTester(doc: Document, occurrences: readonly TermOccurrence[]) {
  const byNode = new Map<Text, TermOccurrence[]>();
  for (const occurrence of occurrences) {
    for (const node of occurrence.nodes) {
      const list = byNode.get(node);
      if (list) list.push(occurrence);
      else byNode.set(node, [occurrence]);
    }
  }

  const caretAt = (x: number, y: number): { node: Node; offset: number } | null => {
    const d = doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };
    if (typeof d.caretPositionFromPoint === 'function') {
      const position = d.caretPositionFromPoint(x, y);
      return position ? { node: position.offsetNode, offset: position.offset } : null;
    }
    const range = d.caretRangeFromPoint?.(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  };

  const contains = (range: Range, x: number, y: number) =>
    Array.from(range.getClientRects()).some((r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1);

  return (x: number, y: number): TermOccurrence | null => {
    const caret = caretAt(x, y);
    if (caret === null || caret.node.nodeType !== Node.TEXT_NODE) return null;
    const candidates = byNode.get(caret.node as Text);
    if (!candidates) return null;
    // The caret snaps to the nearest text; the point must really be on the word's boxes.
    return candidates.find((occurrence) => contains(rangeOf(doc, occurrence), x, y)) ?? null;
  };
}
