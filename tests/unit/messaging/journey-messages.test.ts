import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { englishResources } from '../../../src/i18n/resources';
import { createTranslator } from '../../../src/i18n/translate';
import { handleRuntimeMessage } from '../../../src/messaging/background-handlers';
import { parseRequest, TO_BACKGROUND } from '../../../src/messaging/protocol';
import { journeyItem } from '../../../src/storage/journey-store';
import { COMPLETION_PAGES } from '../../../src/journey/steps';

const i18n = createTranslator('en', englishResources);
const ours = () => ({ id: fakeBrowser.runtime.id, tab: { id: 3 } });

describe('journey messages', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are parsed only in their exact shape', () => {
    expect(parseRequest(TO_BACKGROUND, { type: 'get-reminders', site: 'jlis', page: 'jlis-pickup', extra: 1 })).toEqual({ type: 'get-reminders', site: 'jlis', page: 'jlis-pickup' });
    expect(parseRequest(TO_BACKGROUND, { type: 'get-reminders', site: 'evil', page: 'jlis-pickup' })).toBeNull();
    expect(parseRequest(TO_BACKGROUND, { type: 'get-reminders', site: 'jlis', page: '<img>' })).toBeNull();
    expect(parseRequest(TO_BACKGROUND, { type: 'set-step', step: 'apply', done: true })).toEqual({ type: 'set-step', step: 'apply', done: true });
    expect(parseRequest(TO_BACKGROUND, { type: 'set-step', step: 'apply', done: 'yes' })).toBeNull();
    expect(parseRequest(TO_BACKGROUND, { type: 'set-step', step: 'rm -rf', done: true })).toBeNull();
  });

  it('serve a page’s reminders in order, and no offer where the page completes nothing', async () => {
    const reply = (await handleRuntimeMessage(i18n, { type: 'get-reminders', site: 'jlis', page: 'jlis-pickup' }, ours())) as {
      reminders: { id: string; kind: string }[];
      offer: unknown;
    };
    expect(reply.reminders).toEqual([
      { id: 'pickup-bring', kind: 'before' },
      { id: 'pickup-pins', kind: 'before' },
      { id: 'pickup-in-person', kind: 'pitfall' },
      { id: 'pickup-deadline', kind: 'pitfall' },
    ]);
    expect(reply.offer).toBeNull();
  });

  it('offer to tick the step on its completion page until it is ticked, and tick or untick it on request', async () => {
    const ask = () => handleRuntimeMessage(i18n, { type: 'get-reminders', site: 'online-application', page: 'online-complete' }, ours()) as Promise<{ offer: unknown }>;
    expect((await ask()).offer).toEqual({ step: 'apply', done: false });
    expect(await handleRuntimeMessage(i18n, { type: 'set-step', step: 'apply', done: true }, ours())).toEqual({ done: true });
    expect((await journeyItem.load()).done.apply).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await ask()).offer).toEqual({ step: 'apply', done: true });
    expect(await handleRuntimeMessage(i18n, { type: 'set-step', step: 'apply', done: false }, ours())).toEqual({ done: false });
    expect((await journeyItem.load()).done).toEqual({});
  });

  it('refuse other extensions', () => {
    expect(handleRuntimeMessage(i18n, { type: 'set-step', step: 'apply', done: true }, { id: 'someone-else' })).toBeUndefined();
  });

  it('name the offered step as the checklist does', () => {
    const journey = englishResources.journey.steps as Record<string, { title: string }>;
    const reminders = englishResources.reminders.steps as Record<string, string>;
    for (const { step } of COMPLETION_PAGES) expect(reminders[step]).toBe(journey[step]!.title);
  });
});
