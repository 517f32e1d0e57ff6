import { browser } from 'wxt/browser';
import type { GetRemindersMessage, SetRemindersHiddenMessage, SetStepMessage } from '../messaging/messages';
import type { RemindersReply } from '../messaging/journey-handlers';
import type { PageMatch } from '../sites/types';
import type { ChecklistStepId } from './steps';

const KINDS = ['before', 'after', 'pitfall'];

/** Checks the background's reply all the way down before anything of it is shown. */
function isRemindersReply(value: unknown): value is RemindersReply {
  if (typeof value !== 'object' || value === null) return false;
  const { reminders, offer } = value as Record<string, unknown>;
  const offerOk =
    offer === null ||
    (typeof offer === 'object' && typeof (offer as Record<string, unknown>).step === 'string' && typeof (offer as Record<string, unknown>).done === 'boolean');
  return (
    Array.isArray(reminders) &&
    reminders.every((r: { id?: unknown; kind?: unknown }) => typeof r?.id === 'string' && KINDS.includes(r.kind as string)) &&
    offerOk
  );
}

/** Asks the background for this page's reminders and completion offer. */
export async function loadPageJourney(match: PageMatch): Promise<RemindersReply | null> {
  const request: GetRemindersMessage = { type: 'get-reminders', site: match.site, page: match.page };
  const reply: unknown = await browser.runtime.sendMessage(request).catch(() => null);
  return isRemindersReply(reply) ? reply : null;
}

/** Ticks or unticks a step from the page; resolves to whether it is ticked now, or null if that failed. */
export async function setStepFromPage(step: ChecklistStepId, done: boolean): Promise<boolean | null> {
  const request: SetStepMessage = { type: 'set-step', step, done };
  const reply: unknown = await browser.runtime.sendMessage(request).catch(() => null);
  return typeof reply === 'object' && reply !== null && typeof (reply as { done?: unknown }).done === 'boolean' ? (reply as { done: boolean }).done : null;
}

/** Hides reminders on their page, or shows them again: the background changes the settings. */
export async function setRemindersHiddenFromPage(keys: readonly string[], hidden: boolean): Promise<boolean> {
  const request: SetRemindersHiddenMessage = { type: 'set-reminders-hidden', keys: [...keys], hidden };
  const reply: unknown = await browser.runtime.sendMessage(request).catch(() => null);
  return typeof reply === 'object' && reply !== null && (reply as { ok?: unknown }).ok === true;
}
