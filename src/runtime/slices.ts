/** The longest stretch of our work before the page gets the main thread back. */
export const SLICE_MS = 8;

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/** Gives the main thread back: `scheduler.yield()` where the browser has it, else a new task. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Work written as a generator that yields at safe points, often (every few hundred nodes or a few
 * thousand characters). Between those points nothing is left half done.
 */
export type Work<T> = Generator<void, T, void>;

/** Runs work to its end in one go: for tests, and where there is little to do. */
export function runAtOnce<T>(work: Work<T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs work in slices of at most about `sliceMs`, giving the main thread back between them, so that
 * the page never waits long for us. Resolves null if the signal aborts first.
 */
export async function runInSlices<T>(work: Work<T>, signal: AbortSignal, sliceMs = SLICE_MS): Promise<T | null> {
  let started = performance.now();
  for (;;) {
    if (signal.aborted) return null;
    const step = work.next();
    if (step.done) return step.value;
    if (performance.now() - started >= sliceMs) {
      await yieldToMain();
      started = performance.now();
    }
  }
}
