import type { PageWatcher } from '../runtime/page-watcher';

/**
 * Resolves true once `detect` names a page: at once on the official sites, whose every page is ours;
 * on a ministry host only when the document (or an in-page navigation) turns out to be about the card.
 * Until then nothing is loaded or asked for, so the ministries' other pages cost one cheap check per
 * report of the page's watcher. Resolves false if the signal aborts first.
 */
export function untilPage(detect: () => unknown, watcher: PageWatcher, signal: AbortSignal): Promise<boolean> {
  if (detect() !== null) return Promise.resolve(true);
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const stop = new AbortController();
    const done = (found: boolean) => {
      stop.abort();
      resolve(found);
    };
    signal.addEventListener('abort', () => done(false), { once: true, signal: stop.signal });
    watcher.listen(() => {
      if (detect() !== null) done(true);
    }, stop.signal);
  });
}
