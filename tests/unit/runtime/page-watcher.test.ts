import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPageWatcher, WATCH_INTERVAL_MS, type PageChange } from '../../../src/runtime/page-watcher';

describe('the page watcher', () => {
  let abort: AbortController;
  let reports: PageChange[];
  const listen = () => {
    const listener = vi.fn((change: PageChange) => void reports.push(change));
    createPageWatcher(window, abort.signal).listen(listener, abort.signal);
    return listener;
  };
  const paragraph = (text: string, id?: string) => Object.assign(document.createElement('p'), { textContent: text, ...(id ? { id } : {}) });
  beforeEach(() => {
    vi.useFakeTimers();
    abort = new AbortController();
    reports = [];
    document.body.replaceChildren();
  });
  afterEach(() => {
    abort.abort();
    vi.useRealTimers();
  });

  it('reports pushState as a change of address, even when the document does not change', async () => {
    const listener = listen();
    history.pushState({}, '', '/messages');
    await vi.advanceTimersByTimeAsync(2 * WATCH_INTERVAL_MS + 1);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(reports[0]!.address).toBe(true);
  });

  it('reports a new address in the next task, even just after a report of other changes', async () => {
    const listener = listen();
    document.body.append(paragraph('お知らせ'));
    await vi.advanceTimersByTimeAsync(1);
    expect(listener).toHaveBeenCalledTimes(1);
    // Within the interval of that report: a change of the document alone waits, a new address does not.
    document.body.append(paragraph('申請'));
    await vi.advanceTimersByTimeAsync(1);
    expect(listener).toHaveBeenCalledTimes(1);
    history.pushState({}, '', '/certificates');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.advanceTimersByTimeAsync(1);
    expect(listener).toHaveBeenCalledTimes(2);
    expect(reports[1]!.address).toBe(true);
  });

  it('reports after popstate and hash changes', async () => {
    const listener = listen();
    history.pushState({}, '', '/one');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.advanceTimersByTimeAsync(WATCH_INTERVAL_MS + 1);
    history.pushState({}, '', '/one#two');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await vi.advanceTimersByTimeAsync(WATCH_INTERVAL_MS + 1);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('turns a flood of mutations into one report per interval, naming the blocks', async () => {
    const listener = listen();
    const list = document.createElement('ul');
    document.body.append(list);
    await vi.advanceTimersByTimeAsync(WATCH_INTERVAL_MS + 1);
    for (let i = 0; i < 500; i += 1) list.append(Object.assign(document.createElement('li'), { textContent: `row ${i}` }));
    await vi.advanceTimersByTimeAsync(WATCH_INTERVAL_MS + 1);
    expect(listener).toHaveBeenCalledTimes(2);
    expect([...reports[1]!.blocks]).toEqual([list]);
    for (let i = 0; i < 500; i += 1) list.firstElementChild!.remove();
    await vi.advanceTimersByTimeAsync(WATCH_INTERVAL_MS + 1);
    expect(listener).toHaveBeenCalledTimes(3);
    expect(reports[2]!.removed).toBe(true);
  });

  it('says which blocks changed and whether form controls came or went', async () => {
    document.body.append(paragraph('10:00:00', 'clock'), paragraph('本文', 'text'));
    listen();
    document.getElementById('clock')!.firstChild!.nodeValue = '10:00:01';
    await vi.advanceTimersByTimeAsync(WATCH_INTERVAL_MS + 1);
    expect(reports[0]).toEqual({ blocks: new Set([document.getElementById('clock')]), removed: false, controls: false, address: false });

    const form = document.createElement('form');
    form.append(document.createElement('input'));
    document.getElementById('text')!.append(form);
    await vi.advanceTimersByTimeAsync(WATCH_INTERVAL_MS + 1);
    expect(reports[1]!.controls).toBe(true);
    const hidden = Object.assign(document.createElement('input'), { type: 'hidden' });
    document.body.append(hidden);
    await vi.advanceTimersByTimeAsync(WATCH_INTERVAL_MS + 1);
    expect(reports[2]!.controls).toBe(false);
  });

  it('does not count our own host, nor anything inside it, as a change of the page', async () => {
    const listener = listen();
    const host = document.createElement('myna-guide');
    document.documentElement.append(host);
    host.append(paragraph('ours'));
    await vi.advanceTimersByTimeAsync(3 * WATCH_INTERVAL_MS);
    host.remove();
    await vi.advanceTimersByTimeAsync(3 * WATCH_INTERVAL_MS);
    expect(listener).not.toHaveBeenCalled();
  });

  it('stops watching when its signal aborts, and a listener stops with its own', async () => {
    const stopped = vi.fn();
    const own = new AbortController();
    const watcher = createPageWatcher(window, abort.signal);
    watcher.listen(stopped, own.signal);
    own.abort();
    document.body.append(paragraph('x'));
    await vi.advanceTimersByTimeAsync(2 * WATCH_INTERVAL_MS);
    expect(stopped).not.toHaveBeenCalled();

    const listener = listen();
    abort.abort();
    document.body.append(paragraph('y'));
    history.pushState({}, '', '/search');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.advanceTimersByTimeAsync(5 * WATCH_INTERVAL_MS);
    expect(listener).not.toHaveBeenCalled();
  });
});
