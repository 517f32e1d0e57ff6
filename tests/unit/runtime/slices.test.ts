import { describe, expect, it, vi } from 'vitest';
import { runAtOnce, runInSlices, type Work } from '../../../src/runtime/slices';

/** Work of `steps` steps, each taking `msPerStep` of (fake) time. */
function* timed(steps: number, msPerStep: number, clock: { now: number }, trace: string[]): Work<number> {
  for (let i = 0; i < steps; i += 1) {
    clock.now += msPerStep;
    trace.push(`step ${i}`);
    yield;
  }
  return steps;
}

describe('work in slices', () => {
  it('gives the main thread back once a slice has lasted 8 ms, and ends with the same result as at once', async () => {
    const clock = { now: 0 };
    vi.spyOn(performance, 'now').mockImplementation(() => clock.now);
    const trace: string[] = [];
    const original = setTimeout;
    vi.stubGlobal('setTimeout', (fn: () => void, ms?: number) => {
      trace.push('yield');
      return original(fn, ms);
    });
    try {
      const result = await runInSlices(timed(10, 3, clock, trace), new AbortController().signal);
      expect(result).toBe(10);
      // 3 ms a step: the slice ends after the third step, each time.
      expect(trace.join(',')).toBe(
        'step 0,step 1,step 2,yield,step 3,step 4,step 5,yield,step 6,step 7,step 8,yield,step 9',
      );
    } finally {
      vi.unstubAllGlobals();
      vi.restoreAllMocks();
    }
    expect(runAtOnce(timed(10, 3, { now: 0 }, []))).toBe(10);
  });

  it('uses scheduler.yield where the browser has it', async () => {
    const yielded = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yielded });
    try {
      expect(await runInSlices(timed(5, 0, { now: 0 }, []), new AbortController().signal, 0)).toBe(5);
      expect(yielded).toHaveBeenCalledTimes(5);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('stops and gives null when the signal aborts between slices', async () => {
    const abort = new AbortController();
    const trace: string[] = [];
    const work = (function* (): Work<string> {
      trace.push('a');
      yield;
      abort.abort();
      trace.push('b');
      yield;
      trace.push('c');
      return 'done';
    })();
    expect(await runInSlices(work, abort.signal, 0)).toBeNull();
    expect(trace).toEqual(['a', 'b']);
  });
});
