import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ARTIFACTS, ROOT } from '../../support/paths';

/**
 * Where a test's screenshot goes: tests/.artifacts by default, or the folder in MYNA_SCREENSHOTS
 * (`npm run screenshots` points it at docs/screenshots for the README).
 */
export function screenshotPath(name: string): string {
  const dir = process.env.MYNA_SCREENSHOTS ? path.resolve(ROOT, process.env.MYNA_SCREENSHOTS) : ARTIFACTS;
  mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.png`);
}
