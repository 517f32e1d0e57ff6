import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useJourney, type JourneyChange } from '../../../src/checklist/use-journey';
import type { JourneyState } from '../../../src/journey/journey-state';
import { journeyItem } from '../../../src/storage/journey-store';
import { renderWithI18n } from '../../support/render';

const settle = () => act(async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
});

let latest: { state: JourneyState | null; change: (fn: JourneyChange) => void; failed: boolean };
function Probe() {
  latest = useJourney(journeyItem);
  return null;
}

describe('useJourney', () => {
  let cleanup: () => void = () => undefined;
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => cleanup());

  it('loads the stored journey, shows a change at once and stores it', async () => {
    await journeyItem.save({ ...(await journeyItem.load()), done: { apply: '2026-10-01' } });
    cleanup = renderWithI18n(<Probe />).unmount;
    expect(latest.state).toBeNull();
    await settle();
    expect(latest.state?.done).toEqual({ apply: '2026-10-01' });
    act(() => latest.change((state) => ({ ...state, done: { ...state.done, pickup: '2026-11-25' } })));
    expect(latest.state?.done).toEqual({ apply: '2026-10-01', pickup: '2026-11-25' });
    await settle();
    expect((await journeyItem.load()).done).toEqual({ apply: '2026-10-01', pickup: '2026-11-25' });
  });

  it('follows changes made in another context', async () => {
    cleanup = renderWithI18n(<Probe />).unmount;
    await settle();
    await fakeBrowser.storage.local.set({ journey: { done: { 'register-address': '2026-09-01' } } });
    await settle();
    expect(latest.state?.done).toEqual({ 'register-address': '2026-09-01' });
  });

  it('says so when storage fails, instead of pretending', async () => {
    cleanup = renderWithI18n(<Probe />).unmount;
    await settle();
    const original = fakeBrowser.storage.local.set;
    fakeBrowser.storage.local.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    act(() => latest.change((state) => ({ ...state, done: { apply: '2026-11-25' } })));
    await settle();
    fakeBrowser.storage.local.set = original;
    expect(latest.failed).toBe(true);
  });
});
