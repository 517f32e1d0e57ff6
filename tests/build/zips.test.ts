import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, outputZip, readZip } from '../support/build-output';
import { CHROME_BUILD, FIREFOX_BUILD } from '../support/paths';

describe.each([
  ['chrome', CHROME_BUILD],
  ['firefox', FIREFOX_BUILD],
] as const)('%s store zip', (kind, dir) => {
  it('holds exactly the built extension, byte for byte', async () => {
    const zip = await readZip(outputZip(kind));
    const inZip = Object.values(zip.files).filter((entry) => !entry.dir).map((entry) => entry.name).sort();
    expect(inZip).toEqual(listFiles(dir).sort());
    for (const name of inZip) {
      const bytes = await zip.file(name)!.async('nodebuffer');
      expect(bytes.equals(readFileSync(path.join(dir, name))), name).toBe(true);
    }
  });

  it('carries no test URL, test host or test hook', async () => {
    const zip = await readZip(outputZip(kind));
    for (const entry of Object.values(zip.files).filter((e) => !e.dir)) {
      const text = await entry.async('string');
      expect(text, entry.name).not.toMatch(/localhost|127\.0\.0\.1|tests\/fixtures|__MYNA_TEST|vitest|playwright|puppeteer/);
    }
  });
});

describe('sources zip', () => {
  it('has what a reviewer needs to rebuild, and no tests', async () => {
    const zip = await readZip(outputZip('sources'));
    const names = Object.keys(zip.files);
    for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md', 'entrypoints/background.ts', 'locales/en/common.json']) {
      expect(names, needed).toContain(needed);
    }
    expect(names.filter((name) => name.startsWith('tests/') || name.startsWith('.output/') || name.startsWith('node_modules/'))).toEqual([]);
  });
});
