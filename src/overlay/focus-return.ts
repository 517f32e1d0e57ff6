/**
 * The element that has focus, looked for inside our shadow root too; null when it is the page's body
 * (nothing to come back to).
 */
export function focusedElement(doc: Document, host: Element | undefined): HTMLElement | null {
  let active = doc.activeElement;
  if (host !== undefined && active === host) active = host.shadowRoot?.activeElement ?? null;
  if (!(active instanceof HTMLElement) || active === doc.body) return null;
  return active;
}

/** Gives focus back to where it was before a layer of ours opened, if that element is still there. */
export function returnFocus(to: HTMLElement | null): boolean {
  if (to === null || !to.isConnected) return false;
  to.focus({ preventScroll: true });
  return true;
}
