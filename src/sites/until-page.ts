import { watchNavigation } from './watch-navigation';

/**
 * Resolves true once `detect` names a page: at once on the official sites, whose every page is ours;
 * on a ministry host only when the document (or an in-page navigation) turns out to be about the card.
 * Until then nothing is loaded or asked for, so the ministries' other pages cost one cheap check per
 * change. Resolves false if the signal aborts first.
 */
export function untilPage(detect: () => unknown, signal: AbortSignal, win: Window = window): Promise<boolean> {
  if (detect() !== null) return Promise.resolve(true);
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const stop = new AbortController();
    const done = (found: boolean) => {
      stop.abort();
      resolve(found);
    };
    signal.addEventListener('abort', () => done(false), { once: true, signal: stop.signal });
    watchNavigation(() => {
      if (detect() !== null) done(true);
    }, stop.signal, win);
  });
}
