import { browser } from 'wxt/browser';
import { askTab } from '../messaging/protocol';
import { assessTab, type TabStatus } from '../sites/assess-tab';
import { findOfficialScope } from '../sites/official-hosts';
import { parsePageProbe, probePage, type PageProbe } from '../sites/page-probe';
import type { PageMatch } from '../sites/types';

/** The content script's own answer: it has read the page, so it knows pages the URL cannot tell. */
const askContentScript = async (tabId: number): Promise<PageMatch | null> => (await askTab(tabId, 'get-page', {}))?.match ?? null;

/** Reads a page that is not official, through the activeTab grant the user gave by opening the popup. */
async function probe(tabId: number): Promise<PageProbe | null> {
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId }, func: probePage });
    return parsePageProbe(result?.result);
  } catch {
    // Browser pages, the stores and PDF viewers cannot be read; the URL alone decides there.
    return null;
  }
}

function inContentScriptScope(href: string): boolean {
  try {
    return findOfficialScope(new URL(href)) !== null;
  } catch {
    return false;
  }
}

/** What the popup says about the tab the user is looking at. */
export async function readTabStatus(): Promise<TabStatus> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  // No tab, no address, or our own page (a popup opened as a tab of its own): there is nothing to judge,
  // and saying "not official" would be a guess.
  if (tab?.id === undefined || tab.url === undefined || tab.url.startsWith(browser.runtime.getURL('/'))) return { kind: 'unknown' };
  // Where the content script runs, it has read the page: on a ministry host only the page's own
  // headings tell a card page from the others, and the address alone cannot.
  if (inContentScriptScope(tab.url)) return assessTab(tab.url, null, await askContentScript(tab.id));
  return assessTab(tab.url, await probe(tab.id));
}
