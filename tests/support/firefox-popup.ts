import type { Browser } from 'puppeteer-core';
import { GECKO_ID } from '../../wxt.config';
import type { ActionPopup, PopupReading } from '../browser/shared/driver';

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

/** Runs a script in the browser window's own (chrome) context; needs --remote-allow-system-access. */
async function inChrome<T>(browser: Browser, expression: string): Promise<T> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = (tree.result.contexts as { context: string; url: string }[]).find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!context) throw new Error('no browser window');
  const reply = await connection.send('script.evaluate', {
    expression,
    target: { context: context.context },
    awaitPromise: true,
    resultOwnership: 'none',
    serializationOptions: { maxObjectDepth: 2 },
  });
  const result = reply.result as { type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } };
  if (result.type !== 'success') throw new Error(`chrome script failed: ${result.exceptionDetails?.text}`);
  const value = result.result?.value;
  // BiDi serializes plain objects as [key, value] pairs of typed values.
  if (Array.isArray(value)) {
    return Object.fromEntries(value.map(([key, typed]: [string, { value: unknown }]) => [key, typed.value])) as T;
  }
  return value as T;
}

/** Finds the popup's browser once it holds the loaded popup page, not the about:blank it starts with. */
const FIND_POPUP = `async function findPopup(timeoutMs) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const candidate = document.querySelector('.webextension-popup-browser');
    if (candidate?.browsingContext?.currentWindowGlobal?.documentURI?.spec?.endsWith('/popup.html')) return candidate;
    await new Promise((r) => setTimeout(r, 50));
  }
  return null;
}`;

/** Closes any popup left open (a click on the button would toggle it shut instead of opening it). */
const CLOSE_POPUPS = `(async () => {
  for (let i = 0; i < 100; i++) {
    const open = document.querySelector('.webextension-popup-browser');
    if (!open) return true;
    open.closest('panel')?.hidePopup();
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('a popup would not close');
})()`;

const TRIGGER = `(async () => {
  ${FIND_POPUP}
  const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
  const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(GECKO_ID)});
  const action = ExtensionParent.apiManager.global.browserActionFor(extension);
  for (let attempt = 0; attempt < 2; attempt++) {
    await action.triggerAction(window);
    if (await findPopup(5000)) return true;
  }
  throw new Error('the popup did not open');
})()`;

/**
 * Reads the popup's document from inside it, through a frame script of its message manager. Firefox may
 * swap the popup's docshell into the panel just after it loads, losing a frame script loaded before the
 * swap, so each attempt looks the popup up again.
 */
const READ_POPUP = `(async () => {
  ${FIND_POPUP}
  const script = \`
    const started = Date.now();
    const poll = () => {
      const card = content.document.querySelector('[data-tab-status]');
      const status = card && card.getAttribute('data-tab-status');
      if (status && status !== 'checking') return sendAsyncMessage('myna-test:popup', { status, text: content.document.body.innerText });
      if (Date.now() - started > 10000) return sendAsyncMessage('myna-test:popup', { status: 'never judged', text: '' });
      content.setTimeout(poll, 50);
    };
    poll();
  \`;
  const attempt = (popup, waitMs) => new Promise((resolve) => {
    const mm = popup.messageManager;
    const timer = setTimeout(() => { mm.removeMessageListener('myna-test:popup', listener); resolve(null); }, waitMs);
    const listener = (message) => {
      clearTimeout(timer);
      mm.removeMessageListener('myna-test:popup', listener);
      resolve(message.data);
    };
    mm.addMessageListener('myna-test:popup', listener);
    mm.loadFrameScript('data:,' + encodeURIComponent(script), false);
  });
  for (let tries = 0; tries < 6; tries++) {
    const popup = await findPopup(5000);
    if (!popup) throw new Error('the popup is not open');
    const reading = await attempt(popup, tries === 5 ? 12000 : 2500);
    if (reading) return reading;
  }
  throw new Error('the popup did not answer');
})()`;

/**
 * Opens the real toolbar popup on the selected tab with the browser action's own triggerAction, which
 * does what a click does, activeTab included.
 */
export async function openFirefoxActionPopup(browser: Browser): Promise<ActionPopup> {
  await inChrome(browser, CLOSE_POPUPS);
  await inChrome(browser, TRIGGER);
  return {
    read: () => inChrome<PopupReading>(browser, READ_POPUP),
    close: () => inChrome(browser, CLOSE_POPUPS),
  };
}
