import { useEffect } from 'preact/hooks';
import { TermPopover } from '../../overlay/TermPopover';
import { TermsPanel, type PanelEntry } from '../../overlay/TermsPanel';
import { TermsRow } from '../../overlay/TermsRow';
import type { Settings } from '../../storage/settings-data';
import { useSettings } from '../../storage/settings-store';
import type { TermOccurrence } from '../../terms/find-terms';
import { rangeOf } from '../../terms/highlighter';
import type { LoadedTerms } from '../../terms/load-terms';
import { startTermsSession } from '../../terms/terms-session';
import { TOGGLE_TERMS_PANEL, type Feature } from '../feature';
import { useFollowLayout } from '../follow-layout';
import { createStore, useStore } from '../store';
import { focusedElement, returnFocus } from '../../overlay/focus-return';
import { NARROW_WIDTH } from '../../overlay/visible-area';

/** An Escape pressed in another layer of ours (the panel, the banner, a field card) is that layer's: it closes one layer at a time. */
const fromOtherLayer = (event: Event, host: Element | undefined) => {
  const path = event.composedPath();
  return host !== undefined && path.includes(host) && !path.some((node) => node instanceof Element && node.classList.contains('term-popover'));
};

/** The pointer must rest on a word this long: passing over words on the way elsewhere opens nothing. */
const SHOW_DELAY_MS = 200;
const HIDE_DELAY_MS = 250;

interface TermsState {
  loaded: LoadedTerms | null;
  unavailable: boolean;
  /** The page has been read at least once. */
  scanned: boolean;
  occurrences: readonly TermOccurrence[];
  /** Each term found on the page once, in page order. */
  entries: readonly PanelEntry[];
  hovered: TermOccurrence | null;
  pinned: TermOccurrence | null;
  panelOpen: boolean;
  announcement: string;
}

function entriesOf(occurrences: readonly TermOccurrence[], loaded: LoadedTerms | null): PanelEntry[] {
  const seen = new Map<string, PanelEntry>();
  for (const occurrence of occurrences) {
    const term = loaded?.byId.get(occurrence.termId);
    if (term && !seen.has(term.id)) seen.set(term.id, { term, pageText: occurrence.text });
  }
  return [...seen.values()];
}

/**
 * The page's terms: marked where they stand, explained in a popover on hover or from the panel, and
 * counted in the banner. The page is read by the terms session; nothing of the page is changed.
 */
export const termsFeature: Feature = {
  id: 'terms',
  serves: () => true,
  init({ doc, host, watcher, settings, terms, events }, signal) {
    const store = createStore<TermsState>({
      loaded: null,
      unavailable: false,
      scanned: false,
      occurrences: [],
      entries: [],
      hovered: null,
      pinned: null,
      panelOpen: false,
      announcement: '',
    });
    let session: ReturnType<typeof startTermsSession> | null = null;
    let sessionAbort: AbortController | null = null;
    let sessionKey = '';
    let showTimer: ReturnType<typeof setTimeout> | undefined;
    let hideTimer: ReturnType<typeof setTimeout> | undefined;
    let pending: TermOccurrence | null = null;
    let overPopover = false;
    let panelOpener: HTMLElement | null = null;

    const stopSession = () => {
      sessionAbort?.abort();
      sessionAbort = null;
      session = null;
      clearTimeout(showTimer);
      clearTimeout(hideTimer);
      pending = null;
    };
    const onHover = (occurrence: TermOccurrence | null) => {
      if (occurrence !== null) {
        clearTimeout(hideTimer);
        if (pending === occurrence) return;
        pending = occurrence;
        clearTimeout(showTimer);
        showTimer = setTimeout(() => store.update({ hovered: occurrence }), SHOW_DELAY_MS);
        return;
      }
      pending = null;
      clearTimeout(showTimer);
      clearTimeout(hideTimer);
      hideTimer = setTimeout(() => !overPopover && store.update({ hovered: null }), HIDE_DELAY_MS);
    };
    const dismiss = () => store.update({ pinned: null, hovered: null });
    // A tap opens the word's popover at once, as pinned; a tap anywhere else on the page puts it away.
    const onTap = (occurrence: TermOccurrence | null) => {
      clearTimeout(showTimer);
      pending = null;
      const { pinned, hovered, loaded } = store.get();
      const term = occurrence && loaded?.byId.get(occurrence.termId);
      if (term) store.update({ pinned: occurrence, hovered: null, announcement: `${term.name}. ${term.explanation}` });
      else if (pinned !== null || hovered !== null) dismiss();
    };
    // The session runs while terms are on and loaded; a change of how they are marked starts it afresh.
    const follow = ({ terms: on, termMarks }: Settings) => {
      const { loaded } = store.get();
      const key = loaded !== null && on ? termMarks : '';
      if (key === sessionKey) return;
      sessionKey = key;
      stopSession();
      if (key === '' || loaded === null) {
        store.update({ occurrences: [], entries: [], hovered: null, pinned: null });
        return;
      }
      sessionAbort = new AbortController();
      session = startTermsSession({
        doc,
        trie: loaded.trie,
        marks: termMarks,
        signal: sessionAbort.signal,
        host,
        watcher,
        onOccurrences: (occurrences) => store.update({ occurrences, entries: entriesOf(occurrences, loaded), scanned: true }),
        onHover,
        onTap,
      });
    };
    void terms.then((loaded) => {
      if (signal.aborted) return;
      store.update({ loaded, unavailable: loaded === null });
      follow(settings.get());
    });
    const unfollow = settings.subscribe(follow);
    // From the shortcut: when it opens the panel, focus comes back where it was when the panel closes.
    const toggle = () => {
      if (store.get().panelOpen) closePanel();
      else openPanel(focusedElement(doc, host));
    };
    events.addEventListener(TOGGLE_TERMS_PANEL, toggle);
    signal.addEventListener(
      'abort',
      () => {
        stopSession();
        unfollow();
        events.removeEventListener(TOGGLE_TERMS_PANEL, toggle);
      },
      { once: true },
    );

    const openPanel = (opener: Element | null) => {
      panelOpener = opener instanceof HTMLElement ? opener : null;
      store.update({ panelOpen: true });
    };
    const closePanel = () => {
      store.update({ panelOpen: false, pinned: null });
      returnFocus(panelOpener);
    };
    const select = (termId: string) => {
      const { occurrences, loaded } = store.get();
      const occurrence = occurrences.find((o) => o.termId === termId);
      const term = loaded?.byId.get(termId);
      if (!occurrence || !term) return;
      const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      // On a phone the panel is a sheet over the lower part of the screen: the word goes to the top.
      const block = window.innerWidth <= NARROW_WIDTH ? 'start' : 'center';
      occurrence.startNode.parentElement?.scrollIntoView({ block, behavior: reduce ? 'auto' : 'smooth' });
      session?.flash(occurrence);
      store.update({ pinned: occurrence, announcement: `${term.name}. ${term.explanation}` });
    };

    /** The banner's row: how many terms, and the way to the panel. */
    function Count() {
      const on = useSettings(settings).terms;
      const { unavailable, scanned, entries } = useStore(store);
      if (!on || unavailable) return null;
      return <TermsRow count={scanned ? entries.length : 'loading'} onOpen={openPanel} />;
    }

    /** The popover beside its word, following it as the page scrolls; Escape closes it. */
    function Popover() {
      const { hovered, pinned, loaded } = useStore(store);
      const shown = pinned ?? hovered;
      useFollowLayout(shown !== null);
      useEffect(() => {
        if (shown === null) return undefined;
        const abort = new AbortController();
        const close = (event: KeyboardEvent) => event.key === 'Escape' && !fromOtherLayer(event, host) && dismiss();
        doc.addEventListener('keydown', close, { capture: true, signal: abort.signal });
        return () => abort.abort();
      }, [shown !== null]);
      const term = shown === null ? undefined : loaded?.byId.get(shown.termId);
      if (!shown || !term || !loaded || !shown.startNode.isConnected) return null;
      return (
        <TermPopover
          term={term}
          pageText={shown.text}
          anchor={rangeOf(doc, shown).getBoundingClientRect()}
          relatedNames={term.related.map((id) => loaded.byId.get(id)?.name).filter((n): n is string => Boolean(n))}
          sources={term.sources.map((i) => loaded.sources[i]!)}
          onClose={() => {
            // From the keyboard, focus goes back to the term's entry in the panel, not to the page's body.
            const root = host?.shadowRoot;
            const fromPopover = root?.activeElement?.closest('.term-popover') != null;
            const entry = root?.querySelector<HTMLElement>(`[data-term-entry="${shown.termId}"]`);
            dismiss();
            if (fromPopover) entry?.focus();
          }}
          onPointerEnter={() => {
            overPopover = true;
            clearTimeout(hideTimer);
          }}
          onPointerLeave={() => {
            overPopover = false;
            if (store.get().pinned === null) hideTimer = setTimeout(() => store.update({ hovered: null }), HIDE_DELAY_MS);
          }}
        />
      );
    }

    function Layer() {
      const { panelOpen, entries, pinned, announcement } = useStore(store);
      return (
        <>
          {panelOpen && (
            <TermsPanel
              entries={entries}
              selected={pinned?.termId ?? null}
              onSelect={select}
              onUnselect={dismiss}
              onClose={closePanel}
            />
          )}
          <Popover />
          <div class="visually-hidden" aria-live="polite">
            {announcement}
          </div>
        </>
      );
    }
    return { 'banner-actions': Count, layer: Layer };
  },
};
