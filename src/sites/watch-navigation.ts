/** The least time between two checks, so a page that mutates constantly costs one check per interval. */
export const CHECK_INTERVAL_MS = 100;

interface NavigationLike extends EventTarget {
  addEventListener(type: 'navigatesuccess', listener: () => void, options?: AddEventListenerOptions): void;
}

/**
 * Calls `check` soon after anything that can change which page this is: history navigation (pushState
 * and replaceState through the Navigation API where the browser has it, popstate, hash changes) and
 * changes to the document. Checks are coalesced to one per CHECK_INTERVAL_MS, so a flood of mutations
 * costs one cheap check rather than per-node work. Where there is no Navigation API, a pushState that
 * changes nothing in the document is caught by a light poll of the address. Reads only; stops when the
 * signal aborts.
 */
export function watchNavigation(check: () => void, signal: AbortSignal, win: Window = window): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRun = 0;
  const run = () => {
    timer = undefined;
    lastRun = Date.now();
    check();
  };
  const schedule = () => {
    if (timer !== undefined || signal.aborted) return;
    timer = setTimeout(run, Math.max(0, lastRun + CHECK_INTERVAL_MS - Date.now()));
  };

  const options = { signal };
  win.addEventListener('popstate', schedule, options);
  win.addEventListener('hashchange', schedule, options);
  const navigation = (win as Window & { navigation?: NavigationLike }).navigation;
  navigation?.addEventListener('navigatesuccess', schedule, options);

  const observer = new MutationObserver(schedule);
  observer.observe(win.document, { childList: true, subtree: true, characterData: true });

  let poll: ReturnType<typeof setInterval> | undefined;
  if (navigation === undefined) {
    let href = win.location.href;
    poll = setInterval(() => {
      if (win.location.href !== href) {
        href = win.location.href;
        schedule();
      }
    }, CHECK_INTERVAL_MS);
  }

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
      clearInterval(poll);
    },
    { once: true },
  );
}
