import type { FieldGuide } from '../knowledge/fields/types';
import type { SiteId } from '../sites/types';
import type { PageChange, PageWatcher } from '../runtime/page-watcher';
import { FIELD_CONTROLS } from './field-label';
import { findFields, type RecognizedField } from './match-field';

export interface FieldsSessionOptions {
  doc: Document;
  site: SiteId;
  guides: readonly FieldGuide[];
  signal: AbortSignal;
  host?: Element;
  /** The page's one observer: fields are looked for again when controls come or go. */
  watcher: PageWatcher;
  onFields(fields: readonly RecognizedField[]): void;
  /** The recognized field that has focus, or null. */
  onFocus(field: RecognizedField | null): void;
  /** The user changed the value of a recognized field: read it now, keep nothing. */
  onInput(field: RecognizedField): void;
  /** A key pressed in a recognized field (read only: the page still gets it, nothing is prevented). */
  onKey?(field: RecognizedField, key: string): void;
}

/**
 * Finds the page's form fields and follows focus and typing in them. Listens only: it never changes a
 * value, never prevents an event and never blocks a submission.
 */
export function startFieldsSession(options: FieldsSessionOptions): void {
  const { doc, site, guides, signal, host, watcher } = options;
  let fields: readonly RecognizedField[] = [];
  let byControl = new Map<EventTarget, RecognizedField>();

  const scan = () => {
    if (signal.aborted) return;
    fields = findFields(doc, site, guides);
    byControl = new Map(fields.map((field) => [field.control, field]));
    options.onFields(fields);
  };
  // Controls came or went, or text changed in a form or beside a control (a label written after its
  // input): look again. Any other change of the page cannot make or unmake a field.
  const mayTouchFields = (change: PageChange) =>
    change.controls || change.address || [...change.blocks].some((block) => block.closest('form') !== null || block.querySelector(FIELD_CONTROLS) !== null);
  watcher.listen((change) => mayTouchFields(change) && scan(), signal);

  const listen = { capture: true, passive: true, signal };
  const ours = (node: EventTarget | null) => host !== undefined && node instanceof Node && (node === host || host.contains(node));
  // Focus coming into our own UI (the converter, a marker) is not a field of the page's leaving: the
  // card stays.
  doc.addEventListener('focusin', (event) => !ours(event.target) && options.onFocus(byControl.get(event.target!) ?? null), listen);
  doc.addEventListener(
    'focusout',
    (event) => {
      // Focus moving into our own UI (the date converter) keeps the card.
      if (ours((event as FocusEvent).relatedTarget)) return;
      if (byControl.has(event.target!)) options.onFocus(null);
    },
    listen,
  );
  const onValue = (event: Event) => {
    const field = byControl.get(event.target!);
    if (field) options.onInput(field);
  };
  doc.addEventListener('input', onValue, listen);
  doc.addEventListener(
    'keydown',
    (event) => {
      const field = byControl.get(event.target!);
      if (field) options.onKey?.(field, (event as KeyboardEvent).key);
    },
    listen,
  );
  doc.addEventListener('change', onValue, listen);
  scan();
  // A field may have focus already: the page autofocused it, or the user got there first.
  const focused = doc.activeElement ? byControl.get(doc.activeElement) : undefined;
  if (focused) options.onFocus(focused);
}
