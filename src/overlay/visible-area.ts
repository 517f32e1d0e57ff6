/** The part of the page on screen, in the coordinates `position: fixed` and getBoundingClientRect use. */
export interface VisibleArea {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** Windows up to this wide (a phone held upright) get our phone layout: sheets from the bottom, full-width cards. */
export const NARROW_WIDTH = 480;

/**
 * What the user sees: the visual viewport where there is one. It leaves out the on-screen keyboard
 * (where the browser resizes the visual viewport for it) and follows a pinch zoom; else the window.
 */
export function visibleArea(view: Window = window): VisibleArea {
  const visual = view.visualViewport;
  if (visual) return { top: visual.offsetTop, left: visual.offsetLeft, width: visual.width, height: visual.height };
  return { top: 0, left: 0, width: view.innerWidth, height: view.innerHeight };
}
