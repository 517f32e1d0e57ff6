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
const runFrames = () => frames.splice(0).forEach((frame) => frame(0));

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

  it('reads a long list of blocks over several frames, a slice of time in each, and paints what one go would', () => {
    // 200 blocks, each read costing 1 ms: one frame may read about 8 ms of them.
    const blocks = Array.from({ length: 200 }, (_, i) => {
      const block = document.createElement('p');
      block.textContent = `マイナンバーカード ${i}`;
      return block;
    });
    document.body.replaceChildren(...blocks);
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    let reads = 0;
    blocks.forEach((block, i) => {
      block.getBoundingClientRect = () => {
        clock += 1;
        reads += 1;
        const top = i * 10 - window.scrollY;
        return { top, bottom: top + 10, left: 0, right: 800, width: 800, height: 10, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
      };
    });
    const highlighter = createHighlighter(document);
    highlighter.show(blocks.map(occurrenceIn));
    const perFrame: number[] = [];
    while (frames.length > 0) {
      const before = reads;
      runFrames();
      perFrame.push(reads - before);
    }
    expect(perFrame.length).toBeGreaterThan(10);
    expect(Math.max(...perFrame)).toBeLessThanOrEqual(16);
    expect(reads).toBe(200);
    // 0–300 px seen plus 160 px: the blocks starting at 0 to 460 px.
    expect(painted(blocks)).toEqual(Array.from({ length: 47 }, (_, i) => i));
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
