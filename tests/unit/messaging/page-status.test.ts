import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { englishResources } from '../../../src/i18n/resources';
import { createTranslator } from '../../../src/i18n/translate';
import { handlePageStatus, toolbarTitle } from '../../../src/messaging/page-status';

const i18n = createTranslator('en', englishResources);

describe('toolbar title', () => {
  beforeEach(() => fakeBrowser.reset());

  it('names the official site of the tab', () => {
    expect(toolbarTitle(i18n, { site: 'jlis', page: 'jlis-top', lang: 'ja' })).toBe(
      'MyNa Guide: Official site, Individual Number Card Comprehensive Site',
    );
  });

  it('is the product name alone elsewhere', () => {
    expect(toolbarTitle(i18n, null)).toBe('MyNa Guide');
  });

  it('is set on the tab the message came from', async () => {
    await handlePageStatus(i18n, 7, { site: 'jlis', page: 'jlis-top', lang: 'ja' });
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toContain('Individual Number Card Comprehensive Site');
  });
});
