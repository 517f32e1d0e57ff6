import type { FieldGuide } from '../knowledge/fields/types';
import type { SiteId } from '../sites/types';
import { findFields, type RecognizedField } from './match-field';

const RESCAN_INTERVAL_MS = 150;

export interface FieldsSessionOptions {
  doc: Document;
  site: SiteId;
  guides: readonly FieldGuide[];
  signal: AbortSignal;
  host?: Element;
  onFields(fields: readonly RecognizedField[]): void;
  /** The recognized field that has focus, or null. */
  onFocus(field: RecognizedField | null): void;
  /** The user changed the value of a recognized field: read it now, keep nothing. */
  onInput(field: RecognizedField): void;
}

/**
 * Finds the page's form fields and follows focus and typing in them. Listens only: it never changes a
 * value, never prevents an event and never blocks a submission.
 */
export function startFieldsSession(options: FieldsSessionOptions): void {
  const { doc, site, guides, signal, host } = options;
  let fields: readonly RecognizedField[] = [];
  let byControl = new Map<EventTarget, RecognizedField>();
  let scheduled = false;
  let lastScan = 0;

  const scan = () => {
    scheduled = false;
    if (signal.aborted) return;
    lastScan = performance.now();
    fields = findFields(doc, site, guides);
    byControl = new Map(fields.map((field) => [field.control, field]));
    options.onFields(fields);
  };
  const schedule = () => {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    setTimeout(scan, Math.max(0, lastScan + RESCAN_INTERVAL_MS - performance.now()));
  };
  const observer = new MutationObserver((records) => {
    if (records.some((r) => host === undefined || (r.target !== host && !host.contains(r.target)))) schedule();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });

  const listen = { capture: true, passive: true, signal };
  doc.addEventListener('focusin', (event) => options.onFocus(byControl.get(event.target!) ?? null), listen);
  doc.addEventListener(
    'focusout',
    (event) => {
      // Focus moving into our own UI (the date converter) keeps the card.
      const next = (event as FocusEvent).relatedTarget;
      if (host !== undefined && next instanceof Node && (next === host || host.contains(next))) return;
      if (byControl.has(event.target!)) options.onFocus(null);
    },
    listen,
  );
  const onValue = (event: Event) => {
    const field = byControl.get(event.target!);
    if (field) options.onInput(field);
  };
  doc.addEventListener('input', onValue, listen);
  doc.addEventListener('change', onValue, listen);
  scan();
  // A field may have focus already: the page autofocused it, or the user got there first.
  const focused = doc.activeElement ? byControl.get(doc.activeElement) : undefined;
  if (focused) options.onFocus(focused);
}
