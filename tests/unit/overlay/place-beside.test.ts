import { describe, expect, it } from 'vitest';
import { placeBeside, type Placement } from '../../../src/overlay/place-beside';

const options = { sides: ['right', 'below', 'above', 'left'] as const, gap: 10, margin: 8 };
const rect = (left: number, top: number, width: number, height: number) => ({ left, top, right: left + width, bottom: top + height });

/** The box as placed, with its height capped where the placement caps it. */
function boxOf(placement: Placement, box: { width: number; height: number }) {
  const height = Math.min(box.height, placement.maxHeight ?? Infinity);
  return rect(placement.left, placement.top, box.width, height);
}
const overlaps = (a: ReturnType<typeof rect>, b: ReturnType<typeof rect>) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('placeBeside', () => {
  it('puts the card right of a field when the window has room', () => {
    const placement = placeBeside(rect(100, 200, 300, 30), { width: 340, height: 300 }, { width: 1280, height: 800 }, options);
    expect(placement).toEqual({ left: 410, top: 200 });
  });

  it('goes below, then above, when there is no room on the right', () => {
    const field = rect(20, 100, 1200, 30);
    expect(placeBeside(field, { width: 340, height: 300 }, { width: 1280, height: 800 }, options)).toEqual({ left: 20, top: 140 });
    const low = rect(20, 600, 1200, 30);
    expect(placeBeside(low, { width: 340, height: 300 }, { width: 1280, height: 800 }, options)).toEqual({ left: 20, top: 290 });
  });

  it('places within a visible area that does not start at the window corner (a pinch zoom, the keyboard up)', () => {
    // The visual viewport: 360×300 of the layout viewport, scrolled 200 px down inside it.
    const area = { top: 200, left: 0, width: 360, height: 300 };
    const field = rect(8, 400, 344, 40);
    const box = { width: 344, height: 120 };
    const placement = placeBeside(field, box, area, { ...options, sides: ['below', 'above'] });
    // No room below within the area (400 + 40 + 10 + 120 > 500 - 8): above, inside the area.
    expect(placement).toEqual({ left: 8, top: 270 });
    const placed = boxOf(placement, box);
    expect(overlaps(placed, field)).toBe(false);
    expect(placed.top).toBeGreaterThanOrEqual(area.top);
  });

  it('never covers the field in a 320×256 window: the larger free space, scrolled', () => {
    for (const top of [8, 60, 110, 160, 210]) {
      const field = rect(10, top, 300, 32);
      const box = { width: 304, height: 420 };
      const placement = placeBeside(field, box, { width: 320, height: 256 }, options);
      const placed = boxOf(placement, box);
      expect(overlaps(placed, field), `field at ${top}`).toBe(false);
      expect(placed.top).toBeGreaterThanOrEqual(0);
      expect(placed.bottom).toBeLessThanOrEqual(256);
      expect(placement.maxHeight).toBeGreaterThan(0);
    }
  });

  it('sits beside with a capped height when above and below leave almost nothing', () => {
    const field = rect(10, 40, 200, 240);
    const placement = placeBeside(field, { width: 300, height: 600 }, { width: 1000, height: 320 }, options);
    expect(placement.left).toBe(220);
    expect(placement.maxHeight).toBe(304);
  });
});
