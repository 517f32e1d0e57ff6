import { describe, expect, it } from 'vitest';
import { chromeManifest, firefoxManifest, type Manifest } from '../support/build-output';
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
  'https://www.mhlw.go.jp/stf/index_16743.html*',
  'https://www.moj.go.jp/isa/support/portal/mynumbercard.html*',
  'https://www.soumu.go.jp/kojinbango_card/*',
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
  ['Chrome', chromeManifest],
  ['Firefox', firefoxManifest],
])('%s manifest', (_browser, read) => {
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

  it('exposes no files to pages and loads no remote code', () => {
    expect(manifest).not.toHaveProperty('web_accessible_resources');
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest).not.toHaveProperty('content_security_policy');
    expect(JSON.stringify(manifest)).not.toMatch(/localhost|127\.0\.0\.1|http:\/\/|<all_urls>/);
  });

  it('offers one keyboard shortcut, for the terms panel', () => {
    expect(manifest.commands).toEqual({
      'toggle-terms-panel': { suggested_key: { default: 'Alt+Shift+M' }, description: 'Show or hide the terms on this page' },
    });
  });

  it('has the product name and a description', () => {
    expect(manifest.name).toBe('MyNa Guide');
    expect(String(manifest.description).length).toBeGreaterThan(20);
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
