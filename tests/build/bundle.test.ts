import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_EXAMPLES } from '../../src/sites/examples';
import { CHROME_BUILD, FIREFOX_BUILD, ROOT } from '../support/paths';
import { LANGUAGES } from '../../src/i18n/languages';

describe.each([
  ['Chrome', CHROME_BUILD],
  ['Firefox', FIREFOX_BUILD],
])('%s content script', (_browser, dir) => {
  const bundle = readFileSync(path.join(dir, 'content-scripts/content.js'), 'utf8');

  it('carries the detectors but not their example pages', () => {
    // Control: a path the detectors test for is in the bundle.
    expect(bundle).toContain('SCK0101_01_001');
    // Example-only addresses are not: the examples stay with the tests.
    const exampleOnly = ['site_domain=default', 'FA09S001', 'unknown-route', 'kyoutu/ky/sm/top'];
    for (const marker of exampleOnly) {
      expect(JSON.stringify(SITE_EXAMPLES)).toContain(marker);
      expect(bundle, marker).not.toContain(marker);
    }
  });

  it('carries no language’s texts: it asks the background for the chosen one', () => {
    // Controls: the message it asks with is in the bundle, and its non-ASCII text is kept as written.
    expect(bundle).toContain('get-texts');
    expect(bundle).toContain('申請');
    for (const language of LANGUAGES) {
      for (const [namespace, key] of [['overlay', 'termsPanelTitle'], ['sites', 'officialSite'], ['reminders', 'heading'], ['common', 'tagline']] as const) {
        const text = (JSON.parse(readFileSync(path.join(ROOT, 'locales', language, `${namespace}.json`), 'utf8')) as Record<string, string>)[key]!;
        expect(text.length, `${language} ${namespace}:${key}`).toBeGreaterThan(3);
        expect(bundle.includes(text) || bundle.includes(JSON.stringify(text).slice(1, -1)), `${language} ${namespace}:${key}`).toBe(false);
      }
    }
  });

  it('makes no network call of its own', () => {
    // The shadow-root helper can fetch a stylesheet; we pass styles in as a string, so that code path
    // is never taken, but any other fetch, XHR, beacon or socket would be ours.
    const calls = bundle.match(/\b(fetch|XMLHttpRequest|sendBeacon|WebSocket|EventSource)\b/g) ?? [];
    expect(calls.filter((call) => call !== 'fetch')).toEqual([]);
    expect(calls.filter((call) => call === 'fetch').length).toBeLessThanOrEqual(2);
  });
});
