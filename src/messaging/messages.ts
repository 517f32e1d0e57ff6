import { JOURNEY_STEP_IDS, type JourneyStepId } from '../journey/step-ids';
import { CHECKLIST_STEP_IDS, type ChecklistStepId } from '../journey/steps';
import { isLanguage, type Language } from '../i18n/languages';
import { PAGE_LANGUAGES, SITE_IDS, type PageLanguage, type PageMatch, type SiteId } from '../sites/types';
import { MAX_HIDDEN, REMINDER_KEY } from '../storage/settings-data';
import { isOneOf } from '../util/guards';

/** Sent by the content script when it has recognized (or stopped recognizing) the page in its tab. */
export interface PageStatusMessage {
  type: 'page-status';
  match: PageMatch | null;
}

/** Sent by the popup to the content script of the current tab: which official page is this? */
export interface GetPageMessage {
  type: 'get-page';
}

/** Sent by the content script to the background: the terms and their texts in the user's language. */
export interface GetTermsMessage {
  type: 'get-terms';
  language: Language;
}

/** Sent by the background to the current tab when the user presses the terms-panel shortcut. */
export interface ToggleTermsPanelMessage {
  type: 'toggle-terms-panel';
}

/** The namespaces the content script shows; it carries none itself and asks for them in one language. */
export const PAGE_NAMESPACES = ['common', 'sites', 'overlay', 'fields', 'reminders'] as const;
export type PageNamespace = (typeof PAGE_NAMESPACES)[number];

/** Sent by the content script to the background: namespaces of texts in one language. */
export interface GetTextsMessage {
  type: 'get-texts';
  namespaces: PageNamespace[];
  language: Language;
}

/** Sent by the content script to the background: this page's reminders and completion offer. */
export interface GetRemindersMessage {
  type: 'get-reminders';
  site: SiteId;
  page: string;
}

/** Sent by the content script when the user accepts (or undoes) the offer to tick a step. */
export interface SetStepMessage {
  type: 'set-step';
  step: ChecklistStepId;
  done: boolean;
}

/** Sent by the content script when the user hides a page's reminder, or shows a page's hidden ones again. */
export interface SetRemindersHiddenMessage {
  type: 'set-reminders-hidden';
  keys: string[];
  hidden: boolean;
}

export type Message =
  | PageStatusMessage
  | GetPageMessage
  | GetTermsMessage
  | ToggleTermsPanelMessage
  | GetTextsMessage
  | GetRemindersMessage
  | SetStepMessage
  | SetRemindersHiddenMessage;


const isPageId = (value: unknown): value is string => typeof value === 'string' && /^[a-z0-9-]{1,64}$/.test(value);

/** A PageMatch rebuilt field by field from untrusted data: undefined when any field is wrong. */
export function parsePageMatch(raw: unknown): PageMatch | null | undefined {
  if (raw === null) return null;
  if (typeof raw !== 'object') return undefined;
  const { site, page, step, lang } = raw as Record<string, unknown>;
  if (!isOneOf<SiteId>(SITE_IDS, site)) return undefined;
  if (!isPageId(page)) return undefined;
  if (step !== null && !isOneOf<JourneyStepId>(JOURNEY_STEP_IDS, step)) return undefined;
  if (!isOneOf<PageLanguage>(PAGE_LANGUAGES, lang)) return undefined;
  return { site, page, step, lang };
}

/**
 * Every message between contexts passes through here before it is handled: anything not exactly of a
 * known shape is dropped, whoever sent it.
 */
export function parseMessage(raw: unknown): Message | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const record = raw as Record<string, unknown>;
  if (record.type === 'get-page') return { type: 'get-page' };
  if (record.type === 'get-terms' && isLanguage(record.language)) return { type: 'get-terms', language: record.language };
  if (record.type === 'toggle-terms-panel') return { type: 'toggle-terms-panel' };
  if (
    record.type === 'get-texts' &&
    isLanguage(record.language) &&
    Array.isArray(record.namespaces) &&
    record.namespaces.length > 0 &&
    record.namespaces.every((ns) => isOneOf<PageNamespace>(PAGE_NAMESPACES, ns))
  ) {
    return { type: 'get-texts', namespaces: [...new Set(record.namespaces as PageNamespace[])], language: record.language };
  }
  if (record.type === 'get-reminders' && isOneOf<SiteId>(SITE_IDS, record.site) && isPageId(record.page)) {
    return { type: 'get-reminders', site: record.site, page: record.page };
  }
  if (record.type === 'set-step' && isOneOf<ChecklistStepId>(CHECKLIST_STEP_IDS, record.step) && typeof record.done === 'boolean') {
    return { type: 'set-step', step: record.step, done: record.done };
  }
  if (
    record.type === 'set-reminders-hidden' &&
    typeof record.hidden === 'boolean' &&
    Array.isArray(record.keys) &&
    record.keys.length > 0 &&
    record.keys.length <= MAX_HIDDEN &&
    record.keys.every((key) => typeof key === 'string' && REMINDER_KEY.test(key))
  ) {
    return { type: 'set-reminders-hidden', keys: [...(record.keys as string[])], hidden: record.hidden };
  }
  if (record.type === 'page-status') {
    const match = parsePageMatch(record.match);
    return match === undefined ? null : { type: 'page-status', match };
  }
  return null;
}
