/**
 * The size a box of ours would take without the height it was last given: its content's full height
 * (scrollHeight) and its borders, so a box capped once can be placed uncapped when room comes back.
 */
export function naturalSize(element: HTMLElement): { width: number; height: number } {
  const box = element.getBoundingClientRect();
  const frame = element.offsetHeight - element.clientHeight;
  return { width: box.width, height: Math.max(box.height, element.scrollHeight + frame) };
}
