import type { CDPSession, Page } from 'playwright-core';
import type { ActionPopup, PopupReading } from '../browser/shared/driver';
import type { ChromiumSession } from './chromium';

/** Reads the popup once it has judged the tab; runs inside the popup. */
export const READ_POPUP = `new Promise((resolve, reject) => {
  const started = Date.now();
  const poll = () => {
    const card = document.querySelector('[data-tab-status]');
    const status = card && card.getAttribute('data-tab-status');
    if (status && status !== 'checking') return resolve({ status, text: document.body.innerText });
    if (Date.now() - started > 10000) return reject(new Error('the popup never judged the tab'));
    setTimeout(poll, 50);
  };
  poll();
})`;

/**
 * Opens the real toolbar popup on a tab through CDP's Extensions.triggerAction (the same as a click, so
 * Chromium grants activeTab). Playwright does not attach to popup views, so the popup is reached over
 * the browser session with Target.sendMessageToTarget.
 */
export async function openChromiumActionPopup(session: ChromiumSession, page: Page): Promise<ActionPopup> {
  const cdp: CDPSession = await session.context.browser()!.newBrowserCDPSession();
  const { targetInfos: tabs } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never);
  const tab = tabs.find((target) => target.url === page.url());
  if (!tab) throw new Error(`no tab target for ${page.url()}`);
  await cdp.send('Extensions.triggerAction' as never, { id: session.extensionId, targetId: tab.targetId } as never);

  let popupTargetId: string | undefined;
  for (let tries = 0; popupTargetId === undefined && tries < 100; tries += 1) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    popupTargetId = targetInfos.find((target) => target.url === `chrome-extension://${session.extensionId}/popup.html`)?.targetId;
    if (popupTargetId === undefined) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (popupTargetId === undefined) throw new Error('the popup did not open');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: popupTargetId, flatten: false });

  let nextId = 0;
  const replies = new Map<number, (message: { result?: unknown; error?: { message: string } }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (message.id !== undefined) replies.get(message.id)?.(message);
  });
  const call = async <T,>(method: string, params: object): Promise<T> => {
    nextId += 1;
    const id = nextId;
    const reply = new Promise<{ result?: unknown; error?: { message: string } }>((resolve) => replies.set(id, resolve));
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    const message = await reply;
    if (message.error) throw new Error(message.error.message);
    return message.result as T;
  };

  return {
    async read() {
      const result = await call<{ result: { value: PopupReading }; exceptionDetails?: unknown }>('Runtime.evaluate', {
        expression: READ_POPUP,
        awaitPromise: true,
        returnByValue: true,
      });
      if (result.exceptionDetails) throw new Error(`reading the popup failed: ${JSON.stringify(result.exceptionDetails)}`);
      return result.result.value;
    },
    async screenshot(file) {
      const { writeFileSync } = await import('node:fs');
      const { data } = await call<{ data: string }>('Page.captureScreenshot', { format: 'png' });
      writeFileSync(file, Buffer.from(data, 'base64'));
    },
    async close() {
      await cdp.send('Target.closeTarget', { targetId: popupTargetId! }).catch(() => undefined);
      await cdp.detach().catch(() => undefined);
    },
  };
}
