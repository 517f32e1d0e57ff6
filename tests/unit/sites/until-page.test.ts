import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { detectPage } from '../../../src/sites/detect-page';
import { untilPage } from '../../../src/sites/until-page';
import { createPageWatcher, WATCH_INTERVAL_MS as CHECK_INTERVAL_MS } from '../../../src/runtime/page-watcher';

describe('untilPage', () => {
  let abort: AbortController;
  beforeEach(() => {
    vi.useFakeTimers();
    abort = new AbortController();
    document.title = '';
    document.body.replaceChildren();
  });
  afterEach(() => {
    abort.abort();
    vi.useRealTimers();
  });

  it('goes on at once where the address names a page', async () => {
    const detect = vi.fn(() => detectPage('https://www.kojinbango-card.go.jp/', document));
    await expect(untilPage(detect, createPageWatcher(window, abort.signal), abort.signal)).resolves.toBe(true);
    expect(detect).toHaveBeenCalledTimes(1);
  });

  it('waits on a ministry page not about the card, and goes on once the page turns out to be', async () => {
    const href = 'https://www.mhlw.go.jp/stf/newpage_99999.html';
    document.title = '令和6年度インフルエンザQ&A｜厚生労働省';
    let settled: boolean | undefined;
    void untilPage(() => detectPage(href, document), createPageWatcher(window, abort.signal), abort.signal).then((found) => (settled = found));
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'マイナ保険証をご利用ください' }));
    await vi.advanceTimersByTimeAsync(3 * CHECK_INTERVAL_MS);
    expect(settled).toBeUndefined();

    document.title = 'マイナンバーカードの健康保険証利用について｜厚生労働省';
    document.body.append(document.createElement('hr'));
    await vi.advanceTimersByTimeAsync(2 * CHECK_INTERVAL_MS);
    expect(settled).toBe(true);
  });

  it('gives up, and stops watching, when the script is ended first', async () => {
    const detect = vi.fn(() => null);
    const waiting = untilPage(detect, createPageWatcher(window, abort.signal), abort.signal);
    abort.abort();
    await expect(waiting).resolves.toBe(false);
    const calls = detect.mock.calls.length;
    document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(3 * CHECK_INTERVAL_MS);
    expect(detect.mock.calls.length).toBe(calls);
  });
});
