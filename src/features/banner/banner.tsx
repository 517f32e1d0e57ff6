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
  /** The page's control that has focus, which the banner must not cover. */
  focused: Element | null;
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
    const store = createStore<BannerState>({ closed: false, minimized: startsSmall(window), atTop: false, focused: null });
    doc.addEventListener(
      'focusin',
      (event) => {
        const target = event.target;
        if (target instanceof Element && target !== host) store.update({ focused: target });
      },
      { capture: true, passive: true, signal },
    );

    function Banner() {
      const { closed, minimized, atTop, focused } = useStore(store);
      // After each drawing: if what we show covers the focused control, step aside once more.
      useLayoutEffect(() => {
        const ours = host?.shadowRoot?.querySelector('[data-banner]');
        // Only while the control has focus: once the user is in our UI (the pill pressed), it is theirs.
        if (!ours || !focused || doc.activeElement !== focused || !coversControl(ours.getBoundingClientRect(), focused.getBoundingClientRect())) return;
        if (!minimized) store.update({ minimized: true });
        else if (!atTop) store.update({ atTop: true });
      }, [closed, minimized, atTop, focused]);
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
            const { focused: back } = store.get();
            returnFocus(back instanceof HTMLElement ? back : null);
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
