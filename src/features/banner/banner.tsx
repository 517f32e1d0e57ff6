import { useLayoutEffect } from 'preact/hooks';
import { returnFocus } from '../../overlay/focus-return';
import { SiteBanner } from '../../overlay/SiteBanner';
import type { Feature } from '../feature';
import { Slot } from '../slots';
import { createStore, useStore } from '../store';
import { coversControl, startsSmall } from './keep-clear';

interface BannerState {
  closed: boolean;
  minimized: boolean;
  atTop: boolean;
}

/**
 * Names the official site and its operator on every page we recognize; other features add to it. It
 * starts as the pill in a small window, and gets out of the way of the page's focused control: the
 * banner becomes the pill, and the pill moves to the other end of the window.
 */
export const bannerFeature: Feature = {
  id: 'banner',
  serves: () => true,
  init({ doc, match, host }, signal) {
    const store = createStore<BannerState>({ closed: false, minimized: startsSmall(window), atTop: false });
    /** The page's control that last had focus: kept aside of the state, so a focus change draws nothing. */
    let focused: Element | null = null;
    // If what we show covers the focused control, step aside once (drawing again checks again). Only
    // while the control has focus: once the user is in our UI (the pill pressed), it is theirs.
    const keepClear = () => {
      const ours = host?.shadowRoot?.querySelector('[data-banner]');
      if (!ours || !focused || doc.activeElement !== focused || !coversControl(ours.getBoundingClientRect(), focused.getBoundingClientRect())) return;
      const { minimized, atTop } = store.get();
      if (!minimized) store.update({ minimized: true });
      else if (!atTop) store.update({ atTop: true });
    };
    doc.addEventListener(
      'focusin',
      (event) => {
        const target = event.target;
        if (!(target instanceof Element) || target === host) return;
        focused = target;
        // Measured in the next frame, with the page's own layout for it, never forced from here.
        requestAnimationFrame(keepClear);
      },
      { capture: true, passive: true, signal },
    );

    function Banner() {
      const { closed, minimized, atTop } = useStore(store);
      useLayoutEffect(keepClear, [closed, minimized, atTop]);
      if (closed) return null;
      return (
        <SiteBanner
          match={match}
          minimized={minimized}
          atTop={atTop}
          onMinimize={(next) => store.update({ minimized: next, atTop: false })}
          onClose={() => {
            store.update({ closed: true });
            // Focus goes back to the page's control the user came from, not to the page's body.
            returnFocus(focused instanceof HTMLElement ? focused : null);
          }}
          actions={<Slot name="banner-actions" />}
        >
          <Slot name="banner-body" />
        </SiteBanner>
      );
    }
    return { banner: Banner };
  },
};
