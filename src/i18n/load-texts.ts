import { browser } from 'wxt/browser';
import type { GetTextsMessage } from '../messaging/messages';

/** A tree of strings, checked all the way down: anything else from another context is refused. */
export function isTextTree(value: unknown, depth = 0): value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || depth > 6) return false;
  return Object.values(value).every((child) => typeof child === 'string' || isTextTree(child, depth + 1));
}

/** Asks the background for a namespace of texts in the user's language. */
export async function loadTexts(namespace: GetTextsMessage['namespace']): Promise<object | null> {
  const request: GetTextsMessage = { type: 'get-texts', namespace };
  const reply: unknown = await browser.runtime.sendMessage(request).catch(() => null);
  return isTextTree(reply) ? reply : null;
}
