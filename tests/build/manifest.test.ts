import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromeManifest, firefoxManifest, type Manifest } from '../support/build-output';
import { CHROME_BUILD, FIREFOX_BUILD } from '../support/paths';
import { LANGUAGES, type Language } from '../../src/i18n/languages';

/** The _locales folder of each language: the stores' codes (zh_CN, pt_BR), not BCP 47. */
const chromeLocale = (language: Language) => ({ 'zh-Hans': 'zh_CN', 'zh-Hant': 'zh_TW', 'pt-BR': 'pt_BR' })[language as string] ?? language;
import { GECKO_ID } from '../../wxt.config';

// Written out by hand on purpose: a new permission or host must be a conscious change to this list.
// alarms and notifications: reminders of the user's own dates (issue 6). Each one here is explained in README and PRIVACY.
const EXPECTED_PERMISSIONS = ['activeTab', 'alarms', 'notifications', 'scripting', 'storage'];
const EXPECTED_MATCHES = [
  'https://app.oss.myna.go.jp/*',
  'https://digital.go.jp/*',
  'https://e-tax.nta.go.jp/*',
  'https://faq.myna.go.jp/*',
  'https://img.myna.go.jp/*',
  'https://myna.go.jp/*',
  'https://mynumbercard.point.soumu.go.jp/*',
  'https://net.kojinbango-card.go.jp/*',
  'https://services.digital.go.jp/*',
  'https://www.digital.go.jp/*',
  'https://www.e-tax.nta.go.jp/*',
  'https://www.jpki.go.jp/*',
  'https://www.keisan.nta.go.jp/*',
  'https://www.kojinbango-card.go.jp/*',
  'https://www.lg-waps.go.jp/*',
  'https://www.mhlw.go.jp/*',
  'https://www.moj.go.jp/*',
  'https://www.nenkin.go.jp/*',
  'https://www.nta.go.jp/*',
  'https://www.soumu.go.jp/*',
  'https://www2.jpki.go.jp/*',
];

function everyHostPattern(manifest: Manifest): string[] {
  return [
    ...(manifest.host_permissions ?? []),
    ...(manifest.permissions ?? []).filter((p) => p.includes('/') || p.includes('*')),
    ...(manifest.optional_permissions ?? []).filter((p) => p.includes('/') || p.includes('*')),
    ...(manifest.content_scripts ?? []).flatMap((script) => script.matches),
  ];
}

describe.each([
  ['Chrome', chromeManifest, CHROME_BUILD],
  ['Firefox', firefoxManifest, FIREFOX_BUILD],
])('%s manifest', (_browser, read, dir) => {
  const manifest = read();

  it('asks for exactly the expected permissions and nothing optional', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual(EXPECTED_PERMISSIONS);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest).not.toHaveProperty('optional_host_permissions');
  });

  it('runs its content script only on the official https hosts', () => {
    expect(manifest.content_scripts).toHaveLength(1);
    expect([...manifest.content_scripts![0]!.matches].sort()).toEqual(EXPECTED_MATCHES);
    for (const pattern of everyHostPattern(manifest)) {
      expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\.go\.jp\//);
    }
  });

  it('starts its content script once the document is parsed, not when the browser finds the page idle', () => {
    expect((manifest.content_scripts![0] as { run_at?: string }).run_at).toBe('document_end');
  });

  it('declares the term marks’ rules with its content script, styling only our own highlight names', () => {
    expect(manifest.content_scripts![0]!.css).toEqual(['content-scripts/highlights.css']);
    const css = readFileSync(path.join(dir, 'content-scripts/highlights.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const selectors = [...css.matchAll(/([^{}]+)\{/g)].map((m) => m[1]!.trim());
    expect(selectors).toEqual(['::highlight(myna-guide-term)', '::highlight(myna-guide-flash)']);
  });

  it('exposes no files to pages and loads no remote code', () => {
    expect(manifest).not.toHaveProperty('web_accessible_resources');
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest).not.toHaveProperty('content_security_policy');
    expect(JSON.stringify(manifest)).not.toMatch(/localhost|127\.0\.0\.1|http:\/\/|<all_urls>/);
  });

  it('offers one keyboard shortcut, for the terms panel', () => {
    expect(manifest.commands).toEqual({
      'toggle-terms-panel': { suggested_key: { default: 'Alt+Shift+M' }, description: '__MSG_toggleTermsPanel__' },
    });
  });

  it('takes its name, description and shortcut text from _locales, English by default', () => {
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
    expect(manifest.default_locale).toBe('en');
    const english = JSON.parse(readFileSync(path.join(dir, '_locales/en/messages.json'), 'utf8'));
    expect(english.extName.message).toBe('MyNa Guide');
    expect(english.extDescription.message.length).toBeGreaterThan(20);
  });

  it('ships the store name and description in every language MyNa Guide speaks', () => {
    for (const language of LANGUAGES) {
      const folder = path.join(dir, '_locales', chromeLocale(language), 'messages.json');
      expect(existsSync(folder), language).toBe(true);
      const messages = JSON.parse(readFileSync(folder, 'utf8'));
      expect(messages.extName.message, language).toBe('MyNa Guide');
      expect(messages.extDescription.message.length, language).toBeGreaterThan(10);
      expect(messages.extDescription.message.length, language).toBeLessThanOrEqual(132);
      expect(messages.toggleTermsPanel.message.trim(), language).not.toBe('');
    }
  });
});

describe('browser-specific manifest keys', () => {
  it('give Firefox a gecko id, a minimum version and a no-data-collected declaration', () => {
    const settings = firefoxManifest().browser_specific_settings;
    expect(firefoxManifest().manifest_version).toBe(2);
    expect(settings?.gecko).toEqual({
      id: GECKO_ID,
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
    expect(settings?.gecko_android).toEqual({ strict_min_version: '142.0' });
  });

  it('give Chrome a Manifest V3 build with no gecko block', () => {
    expect(chromeManifest().manifest_version).toBe(3);
    expect(chromeManifest()).not.toHaveProperty('browser_specific_settings');
  });
});
