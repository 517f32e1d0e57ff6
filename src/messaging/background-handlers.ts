import { browser } from 'wxt/browser';
import englishTerms from '../../locales/en/terms.json';
import { completeResources } from '../i18n/complete-resources';
import { loadResources } from '../i18n/locale-files';
import { resolveLanguage, type Language } from '../i18n/languages';
import type { Localizer } from '../i18n/localizer';
import { TERMS } from '../knowledge/terms';
import { buildTermsPayload } from '../terms/build-terms-payload';
import type { TermsPayload } from '../terms/term-view';
import { parseRequest, TO_BACKGROUND, type MessageOf, type ReplyOf, type ToBackground, askTab } from './protocol';
import { remindersReply, setStepFromPage } from './journey-handlers';
import { COUNTER_VISIT_BY_ID } from '../knowledge/counter/visits';
import { counterHref } from '../counter/counter-url';
import { handlePageStatus } from './page-status';
import { setRemindersHidden, settingsItem } from '../storage/settings';

export const TOGGLE_TERMS_COMMAND = 'toggle-terms-panel';

/**
 * Every official page asks for its texts and terms: each answer is built once per language while the
 * background is alive, not once per page. Answers go out as copies, so sharing them is safe.
 */
const built = new Map<string, Promise<unknown>>();
function once<T>(key: string, make: () => Promise<T>): Promise<T> {
  let answer = built.get(key) as Promise<T> | undefined;
  if (answer === undefined) {
    answer = make();
    built.set(key, answer);
    answer.catch(() => built.delete(key));
  }
  return answer;
}

/** The terms with their texts in one language, English for any term the language lacks. */
export function termsPayload(language: Language): Promise<TermsPayload> {
  return once(`terms:${language}`, async () => {
    const texts = (await loadResources(language, ['terms'])).terms ?? englishTerms;
    return buildTermsPayload(language, TERMS, texts as typeof englishTerms, englishTerms);
  });
}

interface Sender {
  id?: string;
  tab?: { id?: number };
}

/** What the background does with each request of the protocol, and the reply it sends back. */
type Handlers = {
  [K in keyof ToBackground]: (request: MessageOf<ToBackground> & { type: K }, sender: Sender) => Promise<ReplyOf<ToBackground, K>> | undefined;
};

function handlers(i18n: Localizer, ready: Promise<unknown>): Handlers {
  return {
    'page-status': ({ match }, sender) => {
      const tabId = sender.tab?.id;
      return tabId === undefined ? undefined : ready.then(() => handlePageStatus(i18n, tabId, match)).then(() => ({ kind: 'nothing' }) as const);
    },
    'get-terms': ({ language }) => termsPayload(language),
    'get-texts': async ({ language: asked, namespaces }) => {
      const language = asked ?? resolveLanguage((await settingsItem.peek()).language, navigator.languages);
      const texts = await once(`texts:${language}:${namespaces.join(',')}`, () => completeResources(language, namespaces));
      return { language, texts };
    },
    'get-reminders': ({ site, page }) => remindersReply(site, page),
    'set-step': ({ step, done }) => setStepFromPage(step, done),
    // A page of ours cannot be linked from an official page: the background opens it, for a visit it knows.
    'open-counter': ({ visit }) =>
      COUNTER_VISIT_BY_ID.has(visit)
        ? browser.tabs.create({ url: browser.runtime.getURL(`/${counterHref(visit)}` as '/counter.html') }).then(
            () => ({ ok: true }),
            () => ({ ok: false }),
          )
        : Promise.resolve({ ok: false }),
    // The official pages never write storage themselves: their one change of the settings comes here.
    'set-reminders-hidden': ({ keys, hidden }) => setRemindersHidden(keys, hidden).then(() => ({ ok: true }) as const),
  };
}

/** Answers our own content scripts; anything else, or any unknown shape, is ignored. */
export function handleRuntimeMessage(
  i18n: Localizer,
  raw: unknown,
  sender: Sender,
  /** Resolves once the background's texts are in the user's language. */
  ready: Promise<unknown> = Promise.resolve(),
): Promise<unknown> | undefined {
  if (sender.id !== browser.runtime.id) return undefined;
  const message = parseRequest(TO_BACKGROUND, raw);
  if (message === null) return undefined;
  const handle = handlers(i18n, ready)[message.type] as (request: typeof message, sender: Sender) => Promise<unknown> | undefined;
  return handle(message, sender);
}

/** The keyboard shortcut opens or closes the terms panel in the current tab. */
export async function handleCommand(command: string): Promise<void> {
  if (command !== TOGGLE_TERMS_COMMAND) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  // No content script on the tab (not an official page): nothing to toggle.
  await askTab(tab.id, 'toggle-terms-panel', {});
}
