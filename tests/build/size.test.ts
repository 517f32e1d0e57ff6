import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromeManifest, firefoxManifest, gzipSize, listFiles, type Manifest } from '../support/build-output';
import { CHROME_BUILD, FIREFOX_BUILD } from '../support/paths';

const KB = 1024;
const CONTENT_SCRIPT_BUDGET = 40 * KB;
const POPUP_BUDGET = 60 * KB;

/** Scripts and styles a page loads, followed through its module imports. */
function pageAssets(dir: string, html: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.endsWith('.js')) return;
    const source = readFileSync(path.join(dir, file), 'utf8');
    for (const [, spec] of source.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      visit(path.posix.normalize(path.posix.join(path.posix.dirname(file), spec!)));
    }
  };
  const markup = readFileSync(path.join(dir, html), 'utf8');
  for (const [, ref] of markup.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)) visit(ref!);
  return [...seen];
}

describe.each([
  ['Chrome', CHROME_BUILD, chromeManifest],
  ['Firefox', FIREFOX_BUILD, firefoxManifest],
])('%s size budget', (browser, dir, read) => {
  const manifest: Manifest = read();

  it(`keeps every content script within ${CONTENT_SCRIPT_BUDGET / KB} KB gzip`, () => {
    const scripts = manifest.content_scripts!.flatMap((script) => script.js);
    expect(scripts.length).toBeGreaterThan(0);
    const total = scripts.reduce((sum, file) => sum + gzipSize(path.join(dir, file)), 0);
    console.info(`${browser} content script: ${(total / KB).toFixed(1)} KB gzip`);
    expect(total).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET);
  });

  it(`keeps the popup within ${POPUP_BUDGET / KB} KB gzip`, () => {
    const assets = pageAssets(dir, 'popup.html');
    expect(assets.some((file) => file.endsWith('.js'))).toBe(true);
    const total = assets.reduce((sum, file) => sum + gzipSize(path.join(dir, file)), gzipSize(path.join(dir, 'popup.html')));
    console.info(`${browser} popup: ${(total / KB).toFixed(1)} KB gzip over ${assets.length + 1} files`);
    expect(total).toBeLessThanOrEqual(POPUP_BUDGET);
  });

  it('ships nothing but the extension itself', () => {
    for (const file of listFiles(dir)) expect(file).toMatch(/^(manifest\.json|[\w-]+\.html|(chunks|content-scripts|assets)\/[\w.-]+\.(js|css)|background\.js|icon\/\d+\.png|_locales\/[a-zA-Z_]+\/messages\.json)$/);
  });
});
