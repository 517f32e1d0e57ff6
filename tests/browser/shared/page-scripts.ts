/**
 * Scripts the tests run inside pages. Each is self-contained: it is serialized and run in the page,
 * so it can use nothing from this module's scope.
 */

export interface RecordedMutation {
  type: string;
  target: string;
  added: string[];
  removed: string[];
  attribute: string | null;
}

declare global {
  interface Window {
    __pageMutations?: RecordedMutation[];
    __layoutShift?: number;
  }
}

/**
 * The page's own MutationObserver, installed before any other script. What the parser builds is
 * dropped once parsing ends; everything after that is recorded.
 */
export function recordPageMutations(): void {
  const records: RecordedMutation[] = [];
  window.__pageMutations = records;
  const name = (node: Node) => (node.nodeType === 1 ? node.nodeName.toLowerCase() : `#${node.nodeName}`);
  const observer = new MutationObserver((list) => {
    for (const r of list) {
      records.push({
        type: r.type,
        target: name(r.target),
        added: [...r.addedNodes].map(name),
        removed: [...r.removedNodes].map(name),
        attribute: r.attributeName,
      });
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  document.addEventListener('readystatechange', () => {
    if (document.readyState === 'interactive') {
      observer.takeRecords();
      records.length = 0;
    }
  });
  if ('PerformanceObserver' in window && PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
    window.__layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__layoutShift! += (entry as PerformanceEntry & { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
  }
}

/** Text of the shadow root's element matching a selector, or null. */
export function shadowText(selector: string): string | null {
  const root = document.querySelector('myna-guide')?.shadowRoot;
  return root?.querySelector(selector)?.textContent ?? null;
}

/** The middle of the first `length` characters where the page writes `find`, scrolled to the middle of the window, in viewport coordinates. */
export function centerOf({ find, length }: { find: string; length: number }): { x: number; y: number } | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(find);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + length);
    (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
    const rect = range.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
}

/** Whether our UI has finished its animations, so what a click aims at is where it stays. */
export function uiSettled(): boolean {
  return (document.querySelector('myna-guide')?.shadowRoot?.getAnimations() ?? []).every((a) => a.playState === 'finished');
}
