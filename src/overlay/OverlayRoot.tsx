import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Localizer } from '../i18n/localizer';
import { I18nContext } from '../i18n/use-translation';
import type { PageMatch } from '../sites/types';
import type { PageWatcher } from '../runtime/page-watcher';
import { useSettings, type SettingsStore } from '../storage/settings-store';
import type { TermOccurrence } from '../terms/find-terms';
import { rangeOf } from '../terms/highlighter';
import type { LoadedTerms } from '../terms/load-terms';
import { startTermsSession } from '../terms/terms-session';
import { FIELD_GUIDES } from '../knowledge/fields';
import { startFieldsSession } from '../fields/fields-session';
import type { RecognizedField } from '../fields/match-field';
import { runCheck, type FieldFindings } from '../fields/run-check';
import { FieldCard } from './FieldCard';
import { FieldMarkers } from './FieldMarkers';
import { SiteBanner } from './SiteBanner';
import { PageReminders } from './PageReminders';
import type { RemindersReply } from '../messaging/protocol';
import type { ChecklistStepId } from '../journey/steps';
import { TermPopover } from './TermPopover';
import { TermsPanel, type PanelEntry } from './TermsPanel';

export const TOGGLE_TERMS_PANEL = 'toggle-terms-panel';

interface OverlayRootProps {
  i18n: Localizer;
  match: PageMatch;
  /** Aborts when the user leaves this page; features tie their observers to it. */
  signal: AbortSignal;
  settings: SettingsStore;
  terms: Promise<LoadedTerms | null>;
  /** Our host element, whose own changes the page features ignore. */
  host?: Element;
  /** The page's one observer; features hear from it what changed. */
  watcher: PageWatcher;
  /** Receives TOGGLE_TERMS_PANEL when the user presses the shortcut. */
  events?: EventTarget;
  /** This page's reminders and completion offer; none when absent. */
  pageJourney?: Promise<RemindersReply | null>;
  /** The reminders if they are already here: the banner is then drawn with them from the first frame. */
  pageJourneyNow?: RemindersReply | null;
  setStep?: (step: ChecklistStepId, done: boolean) => Promise<boolean | null>;
}

/** The pointer must rest on a word this long: passing over words on the way elsewhere opens nothing. */
const SHOW_DELAY_MS = 200;
const HIDE_DELAY_MS = 250;

const NO_JOURNEY = Promise.resolve(null);
const NO_STEP = () => Promise.resolve(null);

/** Everything MyNa Guide shows on one page, inside our shadow root. */
export function OverlayRoot({
  i18n,
  match,
  signal,
  settings: store,
  terms,
  host,
  watcher,
  events,
  pageJourney = NO_JOURNEY,
  pageJourneyNow,
  setStep = NO_STEP,
}: OverlayRootProps) {
  const settings = useSettings(store);
  const [closed, setClosed] = useState(false);
  const [loaded, setLoaded] = useState<LoadedTerms | null>(null);
  const [termsUnavailable, setTermsUnavailable] = useState(false);
  const [scanned, setScanned] = useState(false);
  const [occurrences, setOccurrences] = useState<readonly TermOccurrence[]>([]);
  const [hovered, setHovered] = useState<TermOccurrence | null>(null);
  const [pinned, setPinned] = useState<TermOccurrence | null>(null);
  const [panelOpen, setPanelOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [, setLayoutTick] = useState(0);
  const session = useRef<ReturnType<typeof startTermsSession> | null>(null);
  const hideTimer = useRef<ReturnType<typeof setTimeout>>();
  const showTimer = useRef<ReturnType<typeof setTimeout>>();
  const pending = useRef<TermOccurrence | null>(null);
  const overPopover = useRef(false);
  const panelOpener = useRef<Element | null>(null);
  const [fields, setFields] = useState<readonly RecognizedField[]>([]);
  const [activeField, setActiveField] = useState<RecognizedField | null>(null);
  const [findings, setFindings] = useState<FieldFindings>({ kind: 'none' });
  const fieldsRef = useRef<readonly RecognizedField[]>([]);
  const activeRef = useRef<RecognizedField | null>(null);

  // Form fields: a card while a recognized field has focus, checks as the user types. Values are read
  // when checked and never kept; only the findings are.
  useEffect(() => {
    const abort = new AbortController();
    const stop = () => abort.abort();
    signal.addEventListener('abort', stop, { once: true });
    const check = (field: RecognizedField) =>
      void runCheck(field, fieldsRef.current).then((result) => {
        if (activeRef.current?.control === field.control) setFindings(result);
      });
    const activate = (field: RecognizedField | null) => {
      activeRef.current = field;
      setActiveField(field);
      setFindings({ kind: 'none' });
      if (field) check(field);
    };
    // The field guides' texts came with the others, before anything was drawn.
    startFieldsSession({
      doc: document,
      site: match.site,
      guides: FIELD_GUIDES,
      signal: abort.signal,
      host,
      watcher,
      onFields(found) {
        fieldsRef.current = found;
        setFields(found);
      },
      onFocus: activate,
      onInput(field) {
        // A chosen file arrives after its dialog closes, when the input may no longer have focus.
        if (activeRef.current?.control !== field.control) activate(field);
        else check(field);
      },
    });
    return () => {
      signal.removeEventListener('abort', stop);
      abort.abort();
    };
  }, [match.site]);

  useEffect(() => {
    void terms.then((value) => {
      if (signal.aborted) return;
      setLoaded(value);
      setTermsUnavailable(value === null);
    });
  }, [terms]);

  useEffect(() => {
    if (loaded === null || !settings.terms) {
      setOccurrences([]);
      setHovered(null);
      setPinned(null);
      return undefined;
    }
    const abort = new AbortController();
    const stop = () => abort.abort();
    signal.addEventListener('abort', stop, { once: true });
    session.current = startTermsSession({
      doc: document,
      trie: loaded.trie,
      marks: settings.termMarks,
      signal: abort.signal,
      host,
      watcher,
      onOccurrences(found) {
        setOccurrences(found);
        setScanned(true);
      },
      onHover(occurrence) {
        if (occurrence !== null) {
          clearTimeout(hideTimer.current);
          if (pending.current === occurrence) return;
          pending.current = occurrence;
          clearTimeout(showTimer.current);
          showTimer.current = setTimeout(() => setHovered(occurrence), SHOW_DELAY_MS);
          return;
        }
        pending.current = null;
        clearTimeout(showTimer.current);
        clearTimeout(hideTimer.current);
        hideTimer.current = setTimeout(() => !overPopover.current && setHovered(null), HIDE_DELAY_MS);
      },
    });
    return () => {
      signal.removeEventListener('abort', stop);
      abort.abort();
      clearTimeout(showTimer.current);
      clearTimeout(hideTimer.current);
      session.current = null;
    };
  }, [loaded, settings.terms, settings.termMarks]);

  // The popover follows its word when the page scrolls; Escape closes it.
  const shown = pinned ?? hovered;
  const followLayout = shown !== null || activeField !== null || fields.length > 0;
  useEffect(() => {
    if (!followLayout) return undefined;
    const abort = new AbortController();
    let frame = 0;
    const relayout = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setLayoutTick((n) => n + 1));
    };
    window.addEventListener('scroll', relayout, { passive: true, capture: true, signal: abort.signal });
    window.addEventListener('resize', relayout, { passive: true, signal: abort.signal });
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== 'Escape') return;
        setPinned(null);
        setHovered(null);
      },
      { capture: true, signal: abort.signal },
    );
    return () => abort.abort();
  }, [followLayout]);

  const toggleFromShortcut = () => setPanelOpen((open) => !open);
  useEffect(() => {
    events?.addEventListener(TOGGLE_TERMS_PANEL, toggleFromShortcut);
    return () => events?.removeEventListener(TOGGLE_TERMS_PANEL, toggleFromShortcut);
  }, [events]);

  const entries = useMemo<PanelEntry[]>(() => {
    const seen = new Map<string, PanelEntry>();
    for (const occurrence of occurrences) {
      const term = loaded?.byId.get(occurrence.termId);
      if (term && !seen.has(term.id)) seen.set(term.id, { term, pageText: occurrence.text });
    }
    return [...seen.values()];
  }, [occurrences, loaded]);

  const openPanel = (opener: Element | null) => {
    panelOpener.current = opener;
    setPanelOpen(true);
  };
  const closePanel = () => {
    setPanelOpen(false);
    setPinned(null);
    (panelOpener.current as HTMLElement | null)?.focus?.();
  };
  const select = (termId: string) => {
    const occurrence = occurrences.find((o) => o.termId === termId);
    const term = loaded?.byId.get(termId);
    if (!occurrence || !term) return;
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    occurrence.startNode.parentElement?.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    session.current?.flash(occurrence);
    setPinned(occurrence);
    setAnnouncement(`${term.name}. ${term.explanation}`);
  };

  const shownTerm = shown === null ? undefined : loaded?.byId.get(shown.termId);
  const anchor = shown === null || !shown.startNode.isConnected ? null : rangeOf(document, shown).getBoundingClientRect();

  return (
    <I18nContext.Provider value={i18n}>
      {/* Our text is in the user's language, not the page's: screen readers and font choice follow lang. */}
      <div lang={i18n.language} dir="auto">
        {!closed && (
          <SiteBanner
            match={match}
            onClose={() => setClosed(true)}
            termCount={!settings.terms || termsUnavailable ? null : scanned ? entries.length : 'loading'}
            onOpenTerms={(opener) => openPanel(opener)}
          >
            <PageReminders match={match} journey={pageJourney} initial={pageJourneyNow} settings={store} setStep={setStep} signal={signal} />
          </SiteBanner>
        )}
        {panelOpen && <TermsPanel entries={entries} selected={pinned?.termId ?? null} onSelect={select} onClose={closePanel} />}
        {shownTerm && anchor && (
          <TermPopover
            term={shownTerm}
            pageText={shown!.text}
            anchor={anchor}
            relatedNames={shownTerm.related.map((id) => loaded?.byId.get(id)?.name).filter((n): n is string => Boolean(n))}
            sources={shownTerm.sources.map((i) => loaded!.sources[i]!)}
            onPointerEnter={() => {
              overPopover.current = true;
              clearTimeout(hideTimer.current);
            }}
            onPointerLeave={() => {
              overPopover.current = false;
              if (pinned === null) hideTimer.current = setTimeout(() => setHovered(null), HIDE_DELAY_MS);
            }}
          />
        )}
        <FieldMarkers fields={fields} onOpen={(field) => {
          activeRef.current = field;
          setActiveField(field);
          void runCheck(field, fieldsRef.current).then(setFindings);
        }} />
        {activeField && activeField.control.isConnected && (
          <FieldCard guide={activeField.guide} anchor={activeField.control.getBoundingClientRect()} findings={findings} />
        )}
        <div class="visually-hidden" aria-live="polite">
          {announcement}
        </div>
      </div>
    </I18nContext.Provider>
  );
}
