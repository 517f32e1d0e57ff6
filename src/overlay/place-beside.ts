/** A side of the thing a box explains, in the order a caller prefers them. */
export type Side = 'right' | 'below' | 'above' | 'left';

export interface Placement {
  top: number;
  left: number;
  /** Set when the box is taller than any free space: it keeps this height and scrolls. */
  maxHeight?: number;
}

interface Rect {
  top: number;
  left: number;
  right: number;
  bottom: number;
}

interface PlaceOptions {
  sides: readonly Side[];
  gap: number;
  margin: number;
}

/** Below this, a box in the free space above or below says too little: beside is tried first. */
const LEAST_USEFUL_HEIGHT = 72;

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(low, value), Math.max(low, high));

/**
 * Where a box goes so that it never covers its anchor (the field typed into, the word explained): the
 * first preferred side where it fits whole; else the larger of the spaces above and below, where it
 * scrolls; else beside with a capped height. Pure: the caller measures and applies.
 */
export function placeBeside(
  anchor: Rect,
  box: { width: number; height: number },
  viewport: { width: number; height: number; top?: number; left?: number },
  options: PlaceOptions,
): Placement {
  // A visible area that does not start at the window's corner (a pinch zoom, a scrolled visual
  // viewport): placed within it as if it did, then moved back.
  const { top: dy = 0, left: dx = 0 } = viewport;
  if (dx !== 0 || dy !== 0) {
    const shifted = { top: anchor.top - dy, bottom: anchor.bottom - dy, left: anchor.left - dx, right: anchor.right - dx };
    const placed = placeBeside(shifted, box, { width: viewport.width, height: viewport.height }, options);
    return { ...placed, top: placed.top + dy, left: placed.left + dx };
  }
  const { gap, margin } = options;
  const { width: vw, height: vh } = viewport;
  const room = {
    right: vw - margin - (anchor.right + gap),
    left: anchor.left - gap - margin,
    below: vh - margin - (anchor.bottom + gap),
    above: anchor.top - gap - margin,
  };
  const tallest = vh - 2 * margin;
  const horizontalLeft = clamp(anchor.left, margin, vw - box.width - margin);
  const besideTop = clamp(anchor.top, margin, vh - box.height - margin);
  const at = (side: Side, height: number): Placement => {
    switch (side) {
      case 'right':
        return { left: anchor.right + gap, top: clamp(anchor.top, margin, vh - height - margin) };
      case 'left':
        return { left: anchor.left - gap - box.width, top: clamp(anchor.top, margin, vh - height - margin) };
      case 'below':
        return { left: horizontalLeft, top: anchor.bottom + gap };
      case 'above':
        return { left: horizontalLeft, top: anchor.top - gap - height };
    }
  };
  for (const side of options.sides) {
    const fits = side === 'right' || side === 'left' ? room[side] >= box.width && box.height <= tallest : room[side] >= box.height;
    if (fits) return side === 'right' || side === 'left' ? { ...at(side, box.height), top: besideTop } : at(side, box.height);
  }
  const vertical: Side = room.below >= room.above ? 'below' : 'above';
  const verticalRoom = Math.max(room.below, room.above);
  const horizontal = options.sides.find((side) => (side === 'right' || side === 'left') && room[side] >= box.width);
  if (verticalRoom < LEAST_USEFUL_HEIGHT && horizontal !== undefined) {
    return { ...at(horizontal, Math.min(box.height, tallest)), maxHeight: tallest };
  }
  const height = Math.max(0, Math.floor(verticalRoom));
  return { ...at(vertical, height), maxHeight: height };
}

/** The inline style of a placed box; hidden (and measurable) until it has been placed. */
export function placementStyle(position: Placement | null): Record<string, string | undefined> {
  if (position === null) return { top: '0px', left: '0px', visibility: 'hidden' };
  return { top: `${position.top}px`, left: `${position.left}px`, maxHeight: position.maxHeight === undefined ? undefined : `${position.maxHeight}px` };
}
