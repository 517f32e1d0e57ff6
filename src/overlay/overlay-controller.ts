import type { PageMatch } from '../sites/types';

/** Where the UI goes: our one host element, created once and reused for every page of the session. */
export interface OverlaySurface {
  /** Shows the UI for this page. The signal aborts when the page changes or the UI is switched off. */
  render(match: PageMatch, signal: AbortSignal): void;
  /** Takes everything we added out of the document. */
  detach(): void;
}

const sameMatch = (a: PageMatch | null, b: PageMatch | null) =>
  a === b || (a !== null && b !== null && a.site === b.site && a.page === b.page && a.lang === b.lang);

/**
 * Keeps the UI in step with the page and the user's switch. Each page gets a fresh AbortSignal, aborted
 * before the next page renders, so a page's observers and listeners never outlive it.
 */
export function createOverlayController(surface: OverlaySurface, options: { enabled: boolean }) {
  let enabled = options.enabled;
  let page: PageMatch | null = null;
  let rendered: { match: PageMatch; abort: AbortController } | null = null;

  const sync = () => {
    const wanted = enabled ? page : null;
    if (sameMatch(rendered?.match ?? null, wanted)) return;
    rendered?.abort.abort();
    rendered = null;
    if (wanted === null) {
      surface.detach();
      return;
    }
    rendered = { match: wanted, abort: new AbortController() };
    surface.render(wanted, rendered.abort.signal);
  };

  return {
    /** The page is now this one, or no official page. */
    show(match: PageMatch | null) {
      page = match;
      sync();
    },
    /** The user's switch for on-page help. */
    setEnabled(value: boolean) {
      enabled = value;
      sync();
    },
    /** Renders the current page again from scratch, as after a change of language. */
    refresh() {
      rendered?.abort.abort();
      rendered = null;
      sync();
    },
    /** What is on screen now. */
    get rendered(): PageMatch | null {
      return rendered?.match ?? null;
    },
    destroy() {
      enabled = false;
      sync();
    },
  };
}
