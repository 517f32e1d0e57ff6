import { useEffect, useState } from 'preact/hooks';

/**
 * Draws the calling view again once per frame while the page scrolls or resizes (or the on-screen keyboard comes and goes), so what sits beside a
 * word or a field follows it. Only that view redraws, and only while `active`.
 */
export function useFollowLayout(active: boolean): void {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!active) return undefined;
    const abort = new AbortController();
    let frame = 0;
    const relayout = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setTick((n) => n + 1));
    };
    window.addEventListener('scroll', relayout, { passive: true, capture: true, signal: abort.signal });
    window.addEventListener('resize', relayout, { passive: true, signal: abort.signal });
    // The on-screen keyboard and a pinch zoom change only the visual viewport.
    window.visualViewport?.addEventListener('resize', relayout, { passive: true, signal: abort.signal });
    window.visualViewport?.addEventListener('scroll', relayout, { passive: true, signal: abort.signal });
    return () => {
      cancelAnimationFrame(frame);
      abort.abort();
    };
  }, [active]);
}
