import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHECK_INTERVAL_MS, watchNavigation } from '../../../src/sites/watch-navigation';

describe('watchNavigation', () => {
  let abort: AbortController;
  beforeEach(() => {
    vi.useFakeTimers();
    abort = new AbortController();
    document.body.replaceChildren();
  });
  afterEach(() => {
    abort.abort();
    vi.useRealTimers();
  });

  it('checks after pushState, even when the document does not change', async () => {
    const check = vi.fn();
    watchNavigation(check, abort.signal);
    history.pushState({}, '', '/messages');
    await vi.advanceTimersByTimeAsync(2 * CHECK_INTERVAL_MS + 1);
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('checks after popstate and hash changes', async () => {
    const check = vi.fn();
    watchNavigation(check, abort.signal);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.advanceTimersByTimeAsync(CHECK_INTERVAL_MS + 1);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await vi.advanceTimersByTimeAsync(CHECK_INTERVAL_MS + 1);
    expect(check).toHaveBeenCalledTimes(2);
  });

  it('turns a flood of mutations into one check per interval', async () => {
    const check = vi.fn();
    watchNavigation(check, abort.signal);
    for (let i = 0; i < 500; i += 1) document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(CHECK_INTERVAL_MS + 1);
    expect(check).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 500; i += 1) document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(CHECK_INTERVAL_MS + 1);
    expect(check).toHaveBeenCalledTimes(2);
  });

  it('stops watching when its signal aborts', async () => {
    const check = vi.fn();
    watchNavigation(check, abort.signal);
    abort.abort();
    document.body.append(document.createElement('p'));
    history.pushState({}, '', '/search');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.advanceTimersByTimeAsync(5 * CHECK_INTERVAL_MS);
    expect(check).not.toHaveBeenCalled();
  });
});
