import { browser } from 'wxt/browser';
import { isLanguage, type Language } from '../i18n/languages';
import type { LanguageResources } from '../i18n/resources';
import { isTextTree } from '../i18n/text-tree';
import { CHECKLIST_STEP_IDS, type ChecklistStepId } from '../journey/steps';
import { REMINDER_KINDS, type ReminderKind } from '../journey/reminder-kinds';
import { PAGE_LANGUAGES, SITE_IDS, type PageLanguage, type PageMatch, type SiteId } from '../sites/types';
import { isPageId, type PageId } from '../sites/page-ids';
import { MAX_HIDDEN, REMINDER_KEY } from '../storage/settings-data';
import { parseTermsPayload, type TermsPayload } from '../terms/term-view';
import { isOneOf } from '../util/guards';

/**
 * Every message between our contexts, in one table: for each type, how its request is rebuilt from
 * what arrives (by whoever receives it) and how its reply is checked (by whoever sent it). Anything not
 * exactly of a known shape is dropped on both sides. Requests travel as `{ type, ...fields }`.
 */
export interface Route<Request, Reply> {
  request(raw: Record<string, unknown>): Request | null;
  reply(raw: unknown, request: Request): Reply | null;
}

const route = <Request, Reply>(r: Route<Request, Reply>) => r;
type Raw = Record<string, unknown>;
const record = (value: unknown): Raw | null => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Raw) : null);
/** A reply that carries nothing: any answer, or none, will do. */
const NOTHING = { kind: 'nothing' } as const;
const nothing = () => NOTHING;

/** The namespaces the content script shows; it carries none itself and asks for them in one language. */
export const PAGE_NAMESPACES = ['common', 'sites', 'overlay', 'fields', 'reminders'] as const;
export type PageNamespace = (typeof PAGE_NAMESPACES)[number];

/** What the banner shows on one page: its reminders and the offer to tick a step (texts are in `reminders`). */
export interface RemindersReply {
  reminders: { id: string; kind: ReminderKind }[];
  /** The step this page completes, and whether it is already ticked. */
  offer: { step: ChecklistStepId; done: boolean } | null;
  /** The counter visits this page is about: each visit's id and its procedure's Japanese name. */
  counter: { visit: string; procedure: string }[];
}

/** A counter visit's id as it travels; the background checks it against the visits it knows. */
const VISIT_ID = /^[a-z][a-z-]{0,39}$/;
const MAX_COUNTER_LINKS = 4;

/** A PageMatch rebuilt field by field from untrusted data: undefined when any field is wrong. */
export function parsePageMatch(raw: unknown): PageMatch | null | undefined {
  if (raw === null) return null;
  const fields = record(raw);
  if (fields === null) return undefined;
  const { site, page, lang } = fields;
  if (!isOneOf<SiteId>(SITE_IDS, site) || !isPageId(page) || !isOneOf<PageLanguage>(PAGE_LANGUAGES, lang)) return undefined;
  return { site, page, lang };
}

export function parseRemindersReply(raw: unknown): RemindersReply | null {
  const fields = record(raw);
  if (fields === null || !Array.isArray(fields.reminders)) return null;
  const reminders = fields.reminders.map(record);
  if (!reminders.every((r) => r !== null && typeof r.id === 'string' && isOneOf<ReminderKind>(REMINDER_KINDS, r.kind))) return null;
  const offer = fields.offer === null ? null : record(fields.offer);
  if (offer !== null && !(isOneOf<ChecklistStepId>(CHECKLIST_STEP_IDS, offer.step) && typeof offer.done === 'boolean')) return null;
  if (offer === null && fields.offer !== null) return null;
  const counter = Array.isArray(fields.counter) ? fields.counter.map(record) : null;
  if (counter === null || counter.length > MAX_COUNTER_LINKS) return null;
  if (!counter.every((c) => c !== null && typeof c.visit === 'string' && VISIT_ID.test(c.visit) && typeof c.procedure === 'string' && c.procedure.length <= 60)) return null;
  return {
    counter: counter.map((c) => ({ visit: c!.visit as string, procedure: c!.procedure as string })),
    reminders: reminders.map((r) => ({ id: r!.id as string, kind: r!.kind as ReminderKind })),
    offer: offer === null ? null : { step: offer.step as ChecklistStepId, done: offer.done as boolean },
  };
}

/** Messages to the background, from the content script, the popup and the options page. */
export const TO_BACKGROUND = {
  /** The content script has recognized (or stopped recognizing) the page in its tab. */
  'page-status': route<{ match: PageMatch | null }, typeof NOTHING>({
    request: (raw) => {
      const match = parsePageMatch(raw.match);
      return match === undefined ? null : { match };
    },
    reply: nothing,
  }),
  /** The terms and their texts in the user's language. */
  'get-terms': route<{ language: Language }, TermsPayload>({
    request: (raw) => (isLanguage(raw.language) ? { language: raw.language } : null),
    reply: (raw) => parseTermsPayload(raw),
  }),
  /**
   * Namespaces of texts in one language, every one whole. Without a language, the background answers
   * in the one the user's settings choose and says which: a page need not read the settings first.
   */
  'get-texts': route<{ namespaces: PageNamespace[]; language: Language | null }, { language: Language; texts: LanguageResources }>({
    request: (raw) =>
      (raw.language === null || isLanguage(raw.language)) &&
      Array.isArray(raw.namespaces) &&
      raw.namespaces.length > 0 &&
      raw.namespaces.every((ns) => isOneOf<PageNamespace>(PAGE_NAMESPACES, ns))
        ? { namespaces: [...new Set(raw.namespaces as PageNamespace[])], language: raw.language }
        : null,
    reply: (raw, request) => {
      const fields = record(raw);
      const trees = record(fields?.texts);
      const language = fields?.language;
      if (!isLanguage(language) || (request.language !== null && language !== request.language)) return null;
      if (trees === null || !request.namespaces.every((ns) => isTextTree(trees[ns]))) return null;
      return { language, texts: Object.fromEntries(request.namespaces.map((ns) => [ns, trees[ns]])) as LanguageResources };
    },
  }),
  /** This page's reminders and completion offer. */
  'get-reminders': route<{ site: SiteId; page: PageId }, RemindersReply>({
    request: (raw) => (isOneOf<SiteId>(SITE_IDS, raw.site) && isPageId(raw.page) ? { site: raw.site, page: raw.page } : null),
    reply: parseRemindersReply,
  }),
  /** The user accepts (or undoes) the offer to tick a step; the reply says whether it is ticked now. */
  'set-step': route<{ step: ChecklistStepId; done: boolean }, { done: boolean }>({
    request: (raw) => (isOneOf<ChecklistStepId>(CHECKLIST_STEP_IDS, raw.step) && typeof raw.done === 'boolean' ? { step: raw.step, done: raw.done } : null),
    reply: (raw) => (typeof record(raw)?.done === 'boolean' ? { done: record(raw)!.done as boolean } : null),
  }),
  /** The user opens a counter card from a page: the background opens it in a new tab. */
  'open-counter': route<{ visit: string }, { ok: boolean }>({
    request: (raw) => (typeof raw.visit === 'string' && VISIT_ID.test(raw.visit) ? { visit: raw.visit } : null),
    reply: (raw) => (typeof record(raw)?.ok === 'boolean' ? { ok: record(raw)!.ok as boolean } : null),
  }),
  /** The user hides a page's reminders, or shows them again: the official pages never write storage. */
  'set-reminders-hidden': route<{ keys: string[]; hidden: boolean }, { ok: true }>({
    request: (raw) =>
      typeof raw.hidden === 'boolean' &&
      Array.isArray(raw.keys) &&
      raw.keys.length > 0 &&
      raw.keys.length <= MAX_HIDDEN &&
      raw.keys.every((key) => typeof key === 'string' && REMINDER_KEY.test(key))
        ? { keys: [...(raw.keys as string[])], hidden: raw.hidden }
        : null,
    reply: (raw) => (record(raw)?.ok === true ? { ok: true } : null),
  }),
};

/** Messages to the content script of a tab, from the popup and the background. */
export const TO_TAB = {
  /** Which official page is this? The content script has read the page. */
  'get-page': route<Record<string, never>, { match: PageMatch | null }>({
    request: () => ({}),
    reply: (raw) => {
      const match = parsePageMatch(record(raw)?.match);
      return match === undefined ? null : { match };
    },
  }),
  /** The user pressed the terms panel's shortcut. */
  'toggle-terms-panel': route({ request: () => ({}), reply: nothing }),
};

export type Protocol = Record<string, Route<unknown, unknown>>;
export type ToBackground = typeof TO_BACKGROUND;
export type ToTab = typeof TO_TAB;
export type RequestOf<P, K extends keyof P> = P[K] extends Route<infer Request, unknown> ? Request : never;
export type ReplyOf<P, K extends keyof P> = P[K] extends Route<infer _Request, infer Reply> ? Reply : never;
export type MessageOf<P> = { [K in keyof P]: { type: K } & RequestOf<P, K> }[keyof P];

/** A message of `protocol` rebuilt from untrusted data, or null. */
export function parseRequest<P extends Protocol>(protocol: P, raw: unknown): MessageOf<P> | null {
  const fields = record(raw);
  if (fields === null || typeof fields.type !== 'string' || !Object.hasOwn(protocol, fields.type)) return null;
  const body = protocol[fields.type]!.request(fields);
  return body === null ? null : ({ type: fields.type, ...body } as MessageOf<P>);
}

/** Sends a request to the background and checks its reply: null when there is none of the right shape. */
export async function ask<K extends keyof ToBackground>(type: K, request: RequestOf<ToBackground, K>): Promise<ReplyOf<ToBackground, K> | null> {
  const raw: unknown = await browser.runtime.sendMessage({ type, ...(request as object) }).catch(() => null);
  return (TO_BACKGROUND[type] as Route<RequestOf<ToBackground, K>, ReplyOf<ToBackground, K>>).reply(raw, request);
}

/** Sends a request to a tab's content script and checks its reply: null when there is none of the right shape. */
export async function askTab<K extends keyof ToTab>(tabId: number, type: K, request: RequestOf<ToTab, K>): Promise<ReplyOf<ToTab, K> | null> {
  const raw: unknown = await browser.tabs.sendMessage(tabId, { type, ...(request as object) }).catch(() => null);
  return (TO_TAB[type] as Route<RequestOf<ToTab, K>, ReplyOf<ToTab, K>>).reply(raw, request);
}
