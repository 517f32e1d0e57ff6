import { readFileSync } from 'node:fs';
import path from 'node:path';
import bcd from '@mdn/browser-compat-data' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { firefoxManifest, listFiles } from '../support/build-output';

/** The Firefox for Android release the manifest asks for (browser_specific_settings.gecko_android). */
const ANDROID_MIN = 142;
const ROOT = path.resolve(__dirname, '../..');

/**
 * What Firefox for Android lacks and how we cope, one entry each. An API listed here must be reached
 * only through `browser.<api>?.` in our code, so that its absence is a branch, never an exception.
 */
const MISSING_ON_ANDROID: Record<string, string> = {
  'commands.onCommand': 'no keyboard shortcuts: the terms panel opens from the banner, and the panel names no shortcut on a touch screen',
};
const MISSING_MANIFEST_KEYS: Record<string, string> = {
  commands: 'ignored there, as the API is',
};

type Support = { version_added: string | boolean | null; partial_implementation?: boolean };
const supportOf = (node: unknown): Support | undefined => {
  const support = (node as { __compat?: { support?: { firefox_android?: Support | Support[] } } } | undefined)?.__compat?.support?.firefox_android;
  return Array.isArray(support) ? support[0] : support;
};
const supportedBy = (support: Support | undefined, release: number) =>
  typeof support?.version_added === 'string' && Number.parseFloat(support.version_added.replace('≤', '')) <= release;

/** Every `browser.<api>.<member>` the extension's own code calls, with the files that call it. */
function apisUsed(): Map<string, { files: Set<string>; guarded: boolean }> {
  const used = new Map<string, { files: Set<string>; guarded: boolean }>();
  const files = [...listFiles(path.join(ROOT, 'src')).map((f) => `src/${f}`), ...listFiles(path.join(ROOT, 'entrypoints')).map((f) => `entrypoints/${f}`)];
  for (const file of files.filter((f) => /\.tsx?$/.test(f))) {
    const source = readFileSync(path.join(ROOT, file), 'utf8');
    const calls: [api: string, guard: string | undefined, member: string][] = [...source.matchAll(/\bbrowser\.([a-zA-Z]+)(\?)?\.([a-zA-Z]+)/g)].map(
      ([, api, guard, member]) => [api!, guard, member!],
    );
    // The toolbar button goes by two names (action in Chrome's MV3, browserAction in Firefox's MV2),
    // reached through a local name: its calls are Firefox's browserAction calls.
    for (const [, name] of source.matchAll(/const (\w+) = browser\.action \?\? browser\.browserAction;/g)) {
      for (const [, member] of source.matchAll(new RegExp(`\\b${name}\\.(\\w+)\\b`, 'g'))) calls.push(['browserAction', undefined, member!]);
    }
    for (const [api, guard, member] of calls) {
      // The Firefox package is MV2: Chrome's action is not what runs there.
      if (api === 'action') continue;
      const key = `${api}.${member}`;
      const entry = used.get(key) ?? { files: new Set<string>(), guarded: true };
      entry.files.add(file);
      entry.guarded &&= guard === '?';
      used.set(key, entry);
    }
  }
  return used;
}

describe('Firefox for Android', () => {
  const used = apisUsed();

  it('reads the calls of the background, popup, options and content script', () => {
    // The scan sees what we know to be there: a broken scan would pass everything below.
    for (const key of ['storage.local', 'alarms.create', 'notifications.create', 'tabs.query', 'runtime.sendMessage', 'commands.onCommand', 'browserAction.setBadgeText']) {
      expect(used.has(key), key).toBe(true);
    }
  });

  it(`has every API we call from release ${ANDROID_MIN} on, or we reach it only where it exists`, () => {
    const api = bcd.webextensions.api as unknown as Record<string, Record<string, unknown>>;
    const lacking: string[] = [];
    for (const [key, { files, guarded }] of used) {
      const [namespace, member] = key.split('.') as [string, string];
      const node = api[namespace]?.[member];
      expect(node, `${key} is not in MDN's compatibility data`).toBeDefined();
      if (supportedBy(supportOf(node), ANDROID_MIN)) continue;
      lacking.push(key);
      expect(MISSING_ON_ANDROID[key], `${key} (${[...files].join(', ')}) is missing on Firefox for Android and not handled`).toBeDefined();
      expect(guarded, `${key} must be called as browser.${namespace}?.${member}`).toBe(true);
    }
    // The list stays true: an entry for an API Android has, or no longer use, is taken out.
    expect(lacking.sort()).toEqual(Object.keys(MISSING_ON_ANDROID).sort());
  });

  it('reads every key of the Firefox manifest, or ignores one we expect it to', () => {
    const manifestKeys = bcd.webextensions.manifest as unknown as Record<string, unknown>;
    const lacking = Object.keys(firefoxManifest()).filter((key) => {
      const support = supportOf(manifestKeys[key]);
      // Keys MDN has no entry for are the ones every browser reads (manifest_version, name, version…).
      return support !== undefined && !supportedBy(support, ANDROID_MIN);
    });
    expect(lacking.sort()).toEqual(Object.keys(MISSING_MANIFEST_KEYS).sort());
  });
});
