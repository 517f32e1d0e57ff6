import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const OUTPUT = path.join(ROOT, '.output');
export const CHROME_BUILD = path.join(OUTPUT, 'chrome-mv3');
export const FIREFOX_BUILD = path.join(OUTPUT, 'firefox-mv2');
export const FIXTURES = path.join(ROOT, 'tests/fixtures/pages');
export const SCREENSHOTS = path.join(ROOT, 'docs/screenshots');
export const ARTIFACTS = path.join(ROOT, 'tests/.artifacts');
