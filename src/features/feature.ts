import type { ComponentType } from 'preact';
import type { Localizer } from '../i18n/localizer';
import type { ChecklistStepId } from '../journey/steps';
import type { RemindersReply } from '../messaging/protocol';
import type { PageWatcher } from '../runtime/page-watcher';
import type { PageMatch } from '../sites/types';
import type { SettingsStore } from '../storage/settings-store';
import type { LoadedTerms } from '../terms/load-terms';

/**
 * The named places of our one shadow root a feature can draw into: the banner itself, its body and its
 * row of actions, and the layer above the page for what sits beside the page's own words and fields.
 */
export type SlotName = 'banner' | 'banner-body' | 'banner-actions' | 'layer';

/** Sent on the context's events when the user presses the terms panel's shortcut. */
export const TOGGLE_TERMS_PANEL = 'toggle-terms-panel';

/** What every feature is given for one page. */
export interface FeatureContext {
  match: PageMatch;
  doc: Document;
  /** Our host element, whose own changes the features ignore. */
  host?: Element;
  /** The page's one observer: each feature hears from it what changed. */
  watcher: PageWatcher;
  i18n: Localizer;
  settings: SettingsStore;
  /** The terms in the user's language, loaded once for the session. */
  terms: Promise<LoadedTerms | null>;
  /** Receives TOGGLE_TERMS_PANEL. */
  events: EventTarget;
  /** This page's reminders and completion offer; `journeyNow` when they are already here. */
  journey: Promise<RemindersReply | null>;
  journeyNow?: RemindersReply | null;
  setStep: (step: ChecklistStepId, done: boolean) => Promise<boolean | null>;
}

/** What a feature draws, slot by slot. Views read the feature's own state; they do no page work. */
export type FeatureViews = Partial<Record<SlotName, ComponentType>>;

/**
 * One on-page feature. `init` starts its work for one page (reading the page, loading, listening) and
 * stops all of it when the signal aborts; what it returns is drawn into the named slots.
 */
export interface Feature {
  id: string;
  /** Whether this page is one the feature has anything for. */
  serves(match: PageMatch): boolean;
  init(context: FeatureContext, signal: AbortSignal): FeatureViews;
}
