import { describe, expect, it } from 'vitest';
import { mainThreadWork, sampledScript, type TraceEvent } from '../../../bench/trace';

const OURS = 'chrome-extension://abc/';
const thread = { pid: 1, tid: 10 };

/** A profile of the page's thread: the root, the page's own function, ours, and a built-in ours called. */
function profileEvents(samples: number[], deltas: number[]): TraceEvent[] {
  return [
    { name: 'Profile', ph: 'P', pid: 1, tid: 10, ts: 1_000, id: '0x1', args: { data: { startTime: 1_000 } } } as unknown as TraceEvent,
    {
      name: 'ProfileChunk',
      ph: 'P',
      pid: 1,
      tid: 99, // the sampler's own thread: chunks belong to the profile by id
      ts: 2_000,
      id: '0x1',
      args: {
        data: {
          cpuProfile: {
            nodes: [
              { id: 1, callFrame: { url: '' } },
              { id: 2, parent: 1, callFrame: { url: 'https://www.kojinbango-card.go.jp/app.js' } },
              { id: 3, parent: 1, callFrame: { url: `${OURS}content-scripts/content.js` } },
              { id: 4, parent: 3, callFrame: { url: '' } },
            ],
            samples,
          },
          timeDeltas: deltas,
        },
      },
    } as unknown as TraceEvent,
    // Another profile of another thread is not read.
    { name: 'Profile', ph: 'P', pid: 1, tid: 11, ts: 1_000, id: '0x2', args: { data: { startTime: 1_000 } } } as unknown as TraceEvent,
  ];
}

describe('the benchmark reads the profiler samples', () => {
  it('counts a sample as ours when our code is anywhere on its stack, and no other', () => {
    // Samples at 1100, 1200, 1300, 1400, 1500 µs: page, ours, built-in called by ours, root, page.
    const result = sampledScript(profileEvents([2, 3, 4, 1, 2], [100, 100, 100, 100, 100]), thread, OURS);
    expect(result.ourSampleTimes).toEqual([1_200, 1_300]);
    expect(result.ourScript).toBeCloseTo(0.2);
  });

  it('finds nothing without a profile of the thread', () => {
    expect(sampledScript(profileEvents([3, 3], [10, 10]), { pid: 1, tid: 12 }, OURS)).toEqual({ ourScript: 0, ourSampleTimes: [] });
  });

  it("splits a thread's work by kind, each event's self time once", () => {
    const events = [
      { name: 'RunTask', ph: 'X', pid: 1, tid: 10, ts: 0, dur: 10_000 },
      { name: 'FunctionCall', ph: 'X', pid: 1, tid: 10, ts: 1_000, dur: 6_000, args: { data: { url: `${OURS}content.js` } } },
      { name: 'Layout', ph: 'X', pid: 1, tid: 10, ts: 2_000, dur: 2_000 },
      { name: 'Paint', ph: 'X', pid: 1, tid: 10, ts: 8_000, dur: 1_000 },
    ] as TraceEvent[];
    const work = mainThreadWork(events, thread, OURS);
    expect(work.byKind.script).toBeCloseTo(4);
    expect(work.byKind.layout).toBeCloseTo(2);
    expect(work.byKind.paint).toBeCloseTo(1);
    expect(work.ourScript).toBeCloseTo(4);
    expect(work.tasks).toEqual([{ start: 0, duration: 10, ours: true }]);
  });
});
