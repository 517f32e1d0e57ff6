import { FIELD_CONTROLS } from '../fields/field-label';
import { blockOf } from '../terms/changed-text';

/** The least time between two reports, so a page that changes constantly costs one report per interval. */
export const WATCH_INTERVAL_MS = 100;

/** What changed on the page since the last report, for each feature to decide whether it must look. */
export interface PageChange {
  /** The text blocks whose text or children changed and that are still on the page. */
  readonly blocks: ReadonlySet<Element>;
  /** Something left the page. */
  readonly removed: boolean;
  /** A form control (or something holding one) came or went. */
  readonly controls: boolean;
  /** The address changed: history navigation, a hash, pushState. */
  readonly address: boolean;
}

export type ChangeListener = (change: PageChange) => void;

export interface PageWatcher {
  /** Calls the listener with each report until the signal aborts. */
  listen(listener: ChangeListener, signal: AbortSignal): void;
}

interface NavigationLike extends EventTarget {
  addEventListener(type: 'navigatesuccess', listener: () => void, options?: AddEventListenerOptions): void;
}

const HOST = 'MYNA-GUIDE';
/** Called for every record of the page: no array is made for it. */
const onlyHost = (nodes: NodeList) => {
  for (let i = 0; i < nodes.length; i += 1) if (nodes[i]!.nodeName !== HOST) return false;
  return true;
};

/**
 * Whether a node that came or went is, or holds, a form control. An element with no element inside
 * is only matched, never searched.
 */
const holdsControl = (node: Node) =>
  node.nodeType === 1 &&
  ((node as Element).matches(FIELD_CONTROLS) || ((node as Element).firstElementChild !== null && (node as Element).querySelector(FIELD_CONTROLS) !== null));
const anyHoldsControl = (nodes: NodeList) => {
  for (let i = 0; i < nodes.length; i += 1) if (holdsControl(nodes[i]!)) return true;
  return false;
};

/** What a record's target says, worked out once per target in a batch of records. */
const LEFT = 0;
const OURS = 1;

/**
 * The one observer of the page. Changes are gathered and reported at most once per WATCH_INTERVAL_MS,
 * as the blocks they touched and whether controls or the address changed, so that each feature reads
 * only what it needs, and a flood of mutations costs one report. Reads only; stops when the signal aborts.
 */
export function createPageWatcher(win: Window, signal: AbortSignal, interval = WATCH_INTERVAL_MS): PageWatcher {
  const listeners = new Set<ChangeListener>();
  let blocks = new Set<Element>();
  let removed = false;
  let controls = false;
  let href = win.location.href;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastReport = 0;

  const report = () => {
    timer = undefined;
    lastReport = Date.now();
    const address = win.location.href !== href;
    href = win.location.href;
    const change: PageChange = { blocks: new Set([...blocks].filter((block) => block.isConnected)), removed, controls, address };
    blocks = new Set();
    removed = false;
    controls = false;
    if (change.blocks.size === 0 && !change.removed && !change.controls && !change.address) return;
    for (const listener of [...listeners]) listener(change);
  };
  const schedule = () => {
    if (signal.aborted) return;
    // A new address is a new page: it is reported in the next task, not after the interval.
    if (win.location.href !== href) {
      clearTimeout(timer);
      timer = setTimeout(report, 0);
      return;
    }
    if (timer !== undefined) return;
    timer = setTimeout(report, Math.max(0, lastReport + interval - Date.now()));
  };

  const root = win.document.documentElement;
  const observer = new MutationObserver((records) => {
    let changed = false;
    // A flood of records mostly shares a few targets: each is looked at once.
    const targets = new Map<Node, Element | null | typeof LEFT | typeof OURS>();
    for (const record of records) {
      const target = record.target;
      // Our own host coming or going (it is the root element's child) is not a change of the page;
      // what it shows is in its shadow root, which the observer does not see.
      if (target === root && record.addedNodes.length + record.removedNodes.length > 0 && onlyHost(record.addedNodes) && onlyHost(record.removedNodes)) continue;
      let known = targets.get(target);
      if (known === undefined) {
        // A change inside what has since left the page is reported by its leaving.
        known = target.nodeName === HOST ? OURS : !target.isConnected ? LEFT : blockOf(target);
        targets.set(target, known);
      }
      if (known === OURS) continue;
      changed = true;
      if (record.type === 'childList') {
        if (record.removedNodes.length > 0) removed = true;
        controls ||= anyHoldsControl(record.addedNodes) || anyHoldsControl(record.removedNodes);
      }
      if (known !== LEFT && known !== null) blocks.add(known);
    }
    if (changed) schedule();
  });
  observer.observe(win.document, { childList: true, subtree: true, characterData: true });

  const options = { signal };
  win.addEventListener('popstate', schedule, options);
  win.addEventListener('hashchange', schedule, options);
  const navigation = (win as Window & { navigation?: NavigationLike }).navigation;
  navigation?.addEventListener('navigatesuccess', schedule, options);
  // Without the Navigation API, a pushState that changes nothing in the document is caught by a light poll.
  const poll = navigation === undefined ? setInterval(() => win.location.href !== href && schedule(), interval) : undefined;

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
      clearInterval(poll);
    },
    { once: true },
  );

  return {
    listen(listener, until) {
      if (signal.aborted || until.aborted) return;
      listeners.add(listener);
      until.addEventListener('abort', () => listeners.delete(listener), { once: true });
    },
  };
}
