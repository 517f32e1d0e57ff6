import { NARROW_WIDTH } from '../../overlay/visible-area';

/** A window this small (a phone, or a desktop window zoomed to 400 %) starts with the pill, not the banner. */
export const SMALL_HEIGHT = 400;

export function startsSmall(view: { innerWidth: number; innerHeight: number }): boolean {
  return view.innerWidth <= NARROW_WIDTH || view.innerHeight <= SMALL_HEIGHT;
}

interface Box {
  top: number;
  left: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

/** Whether our box hides any of the control (an empty box, such as a hidden control, is never covered). */
export function coversControl(ours: Box, control: Box): boolean {
  if (ours.width === 0 || ours.height === 0 || control.width === 0 || control.height === 0) return false;
  return ours.left < control.right && control.left < ours.right && ours.top < control.bottom && control.top < ours.bottom;
}
