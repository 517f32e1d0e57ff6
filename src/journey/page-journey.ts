import { ask, type RemindersReply } from '../messaging/protocol';
import type { PageMatch } from '../sites/types';
import type { ChecklistStepId } from './steps';

/** Asks the background for this page's reminders and completion offer. */
export const loadPageJourney = (match: PageMatch): Promise<RemindersReply | null> => ask('get-reminders', { site: match.site, page: match.page });

/** Ticks or unticks a step from the page; resolves to whether it is ticked now, or null if that failed. */
export async function setStepFromPage(step: ChecklistStepId, done: boolean): Promise<boolean | null> {
  return (await ask('set-step', { step, done }))?.done ?? null;
}

/** Hides reminders on their page, or shows them again: the background changes the settings. */
export async function setRemindersHiddenFromPage(keys: readonly string[], hidden: boolean): Promise<boolean> {
  return (await ask('set-reminders-hidden', { keys: [...keys], hidden })) !== null;
}

/** Opens a counter card in a new tab, through the background (an official page cannot link to our pages). */
export async function openCounterFromPage(visit: string): Promise<boolean> {
  return (await ask('open-counter', { visit }))?.ok === true;
}
