import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TermOccurrence } from '../../../src/terms/find-terms';
import { blocksInBand, createHighlighter, NEAR_MARGIN_PX } from '../../../src/terms/highlighter';

/** A stand-in for the browser's highlight registry: a Map of names to sets of ranges. */
class FakeHighlight extends Set<AbstractRange> {
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

const registry = new Map<string, FakeHighlight>();
const frames: FrameRequestCallback[] = [];

/** A stand-in for IntersectionObserver: in the next frame, one callback with every target's box. */
class FakeObserver {
  static made: FakeObserver[] = [];
  targets: Element[] = [];
  connected = true;
  constructor(readonly callback: IntersectionObserverCallback) {
    FakeObserver.made.push(this);
  }
  observe(target: Element) {
    this.targets.push(target);
  }
  unobserve() {}
  takeRecords() {
    return [];
  }
  disconnect() {
    this.connected = false;
  }
  static inCallback = false;
  deliver() {
    if (!this.connected || this.targets.length === 0) return;
    const entries = this.targets.map((target) => ({ target, boundingClientRect: target.getBoundingClientRect() }));
    FakeObserver.inCallback = true;
    try {
      this.callback(entries as unknown as IntersectionObserverEntry[], this as unknown as IntersectionObserver);
    } finally {
      FakeObserver.inCallback = false;
    }
  }
}

const runFrames = () => {
  for (let round = 0; round < 6; round += 1) {
    frames.splice(0).forEach((frame) => frame(0));
    FakeObserver.made.forEach((observer) => observer.deliver());
  }
};

function occurrenceIn(block: HTMLElement): TermOccurrence {
  const text = block.firstChild as Text;
  return { termId: 'card', text: text.data, startNode: text, startOffset: 0, endNode: text, endOffset: 2, nodes: [text] } as TermOccurrence;
}

/** Twenty paragraphs of 100 px each, one above the other; the window is 300 px high. */
function layOut(): HTMLElement[] {
  const blocks = Array.from({ length: 20 }, (_, i) => {
    const block = document.createElement('p');
    block.textContent = `マイナンバーカード ${i}`;
    return block;
  });
  document.body.replaceChildren(...blocks);
  blocks.forEach((block, i) => {
    block.getBoundingClientRect = () => {
      const top = i * 100 - window.scrollY;
      return { top, bottom: top + 100, left: 0, right: 800, width: 800, height: 100, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
    };
  });
  return blocks;
}

const painted = (blocks: HTMLElement[]) =>
  blocks.flatMap((block, i) => ([...(registry.get('myna-guide-term') ?? [])].some((r) => r.startContainer === block.firstChild) ? [i] : []));

describe('the term highlighter', () => {
  beforeEach(() => {
    registry.clear();
    vi.stubGlobal('CSS', { highlights: registry });
    vi.stubGlobal('Highlight', FakeHighlight);
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    FakeObserver.made = [];
    // The root element's box is where the page begins: above the viewport by the scroll.
    document.documentElement.getBoundingClientRect = () =>
      ({ top: -window.scrollY, bottom: 4000 - window.scrollY, left: 0, right: 800, width: 800, height: 4000, x: 0, y: -window.scrollY, toJSON: () => ({}) }) as DOMRect;
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((frame) => frames.push(frame));
    Object.defineProperty(window, 'innerHeight', { value: 300, configurable: true });
    window.scrollTo(0, 0);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    frames.length = 0;
    document.body.replaceChildren();
  });

  it('gives the browser only the marks within its margin of the viewport', () => {
    const blocks = layOut();
    const highlighter = createHighlighter(document);
    highlighter.show(blocks.map(occurrenceIn));
    runFrames();
    // 0–300 px seen, plus 160 px below: the blocks starting at 0 to 400 px.
    expect(NEAR_MARGIN_PX).toBe(160);
    expect(painted(blocks)).toEqual([0, 1, 2, 3, 4]);
  });

  it('reads the boxes of the blocks through observers that each live for one delivery, and paints the same without them', () => {
    const blocks = Array.from({ length: 600 }, (_, i) => {
      const block = document.createElement('p');
      block.textContent = `マイナンバーカード ${i}`;
      return block;
    });
    document.body.replaceChildren(...blocks);
    blocks.forEach((block, i) => {
      block.getBoundingClientRect = () => {
        const top = i * 10 - window.scrollY;
        return { top, bottom: top + 10, left: 0, right: 800, width: 800, height: 10, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
      };
    });
    const highlighter = createHighlighter(document);
    highlighter.show(blocks.map(occurrenceIn));
    runFrames();
    // 0–300 px seen plus 160 px: the blocks starting at 0 to 460 px.
    const expected = Array.from({ length: 47 }, (_, i) => i);
    expect(painted(blocks)).toEqual(expected);
    // At most 256 blocks a frame, from the top down, with the root element to place them; each
    // observer let go after it reported.
    expect(FakeObserver.made.map((observer) => observer.targets.length)).toEqual([257, 257, 89]);
    expect(FakeObserver.made.every((observer) => observer.targets[0] === document.documentElement)).toBe(true);
    expect(FakeObserver.made[0]!.targets[1]).toBe(blocks[0]);
    expect(FakeObserver.made.every((observer) => !observer.connected)).toBe(true);
    highlighter.clear();

    vi.stubGlobal('IntersectionObserver', undefined);
    const without = createHighlighter(document);
    without.show(blocks.map(occurrenceIn));
    runFrames();
    expect(painted(blocks)).toEqual(expected);
  });

  it('reads the boxes again when the page changes size, not on the first report of its size', () => {
    let report: ResizeObserverCallback = () => undefined;
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: ResizeObserverCallback) {
          report = callback;
        }
        observe() {}
        disconnect() {}
      },
    );
    const sized = (height: number) => [{ contentRect: { width: 800, height } }] as unknown as ResizeObserverEntry[];
    const blocks = layOut();
    const highlighter = createHighlighter(document);
    highlighter.show(blocks.map(occurrenceIn));
    runFrames();
    expect(FakeObserver.made).toHaveLength(1);
    report(sized(2000), {} as ResizeObserver);
    runFrames();
    expect(FakeObserver.made).toHaveLength(1);
    report(sized(2000), {} as ResizeObserver);
    report(sized(2400), {} as ResizeObserver);
    runFrames();
    expect(FakeObserver.made).toHaveLength(2);
    expect(painted(blocks)).toEqual([0, 1, 2, 3, 4]);
  });

  it('places the blocks from the root element measured with them, never asking the window its scroll', () => {
    const blocks = layOut();
    let readsInCallback = 0;
    Object.defineProperty(window, 'scrollY', {
      configurable: true,
      get: () => {
        if (FakeObserver.inCallback) readsInCallback += 1;
        return 1000;
      },
    });
    const highlighter = createHighlighter(document);
    highlighter.show(blocks.map(occurrenceIn));
    runFrames();
    expect(readsInCallback).toBe(0);
    // 1000–1300 seen: from 840 to 1460 px.
    expect(painted(blocks)).toEqual([8, 9, 10, 11, 12, 13, 14]);
    Object.defineProperty(window, 'scrollY', { value: 0, configurable: true });
  });

  it('follows a scroll of the window from the positions it read, without reading them again', () => {
    const blocks = layOut();
    const highlighter = createHighlighter(document);
    highlighter.show(blocks.map(occurrenceIn));
    runFrames();
    const reads = blocks.map((block) => vi.spyOn(block, 'getBoundingClientRect'));
    Object.defineProperty(window, 'scrollY', { value: 1000, configurable: true });
    document.dispatchEvent(new Event('scroll'));
    runFrames();
    // 1000–1300 seen: from 840 to 1460 px.
    expect(painted(blocks)).toEqual([8, 9, 10, 11, 12, 13, 14]);
    expect(reads.every((read) => read.mock.calls.length === 0)).toBe(true);
    Object.defineProperty(window, 'scrollY', { value: 0, configurable: true });
  });

  it('takes every mark away when cleared, and paints nothing when the page has no registry', () => {
    const blocks = layOut();
    const highlighter = createHighlighter(document);
    highlighter.show(blocks.map(occurrenceIn));
    runFrames();
    highlighter.clear();
    expect(registry.has('myna-guide-term')).toBe(false);
    vi.stubGlobal('CSS', {});
    expect(createHighlighter(document).supported).toBe(false);
  });
});

describe('blocksInBand', () => {
  it('keeps the blocks that meet the band and leaves out empty ones', () => {
    const spans = new Map([
      ['above', { top: 0, bottom: 90 }],
      ['touching', { top: 50, bottom: 100 }],
      ['inside', { top: 150, bottom: 200 }],
      ['empty', { top: 150, bottom: 150 }],
      ['below', { top: 301, bottom: 400 }],
    ]);
    expect([...blocksInBand(spans, 100, 300)]).toEqual(['touching', 'inside']);
  });
});
