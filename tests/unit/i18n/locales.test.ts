// @vitest-environment node
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/i18n/languages';
import { localeProblems } from '../../support/locale-check';
import { ROOT } from '../../support/paths';

describe('every language', () => {
  it('has a folder in locales/ for each language MyNa Guide offers, and no other', () => {
    const folders = readdirSync(path.join(ROOT, 'locales'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(folders.sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(LANGUAGES.filter((language) => language !== 'en'))('%s has every English key, none empty, no variable English lacks', (language) => {
    expect(localeProblems(language)).toEqual([]);
  });

  it('is described in locales/README.md: a row saying how it was translated and whether it was reviewed', () => {
    const readme = readFileSync(path.join(ROOT, 'locales/README.md'), 'utf8');
    const rows = new Map(
      readme
        .split('\n')
        .filter((line) => line.startsWith('| `'))
        .map((line) => line.split('|').map((cell) => cell.trim()))
        .map((cells) => [cells[1]!.replaceAll('`', ''), cells] as const),
    );
    expect([...rows.keys()].sort()).toEqual([...LANGUAGES].sort());
    for (const [language, cells] of rows) {
      expect(cells[3]!.length, `${language}: official terms`).toBeGreaterThan(3);
      expect(cells[4], `${language}: review status`).toMatch(/^(no|yes|written from the reference)/);
      if (language !== 'en') expect(existsSync(path.join(ROOT, 'locales', language, 'NOTES.md')), `${language} NOTES.md`).toBe(true);
    }
  });
});

describe('the completeness check itself', () => {
  it('catches a missing key, an empty string, a foreign variable and an extra key', () => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'locales-'));
    try {
      cpSync(path.join(ROOT, 'locales', 'en'), path.join(scratch, 'en'), { recursive: true });
      cpSync(path.join(ROOT, 'locales', 'en'), path.join(scratch, 'xx'), { recursive: true });
      const common = JSON.parse(readFileSync(path.join(scratch, 'xx', 'common.json'), 'utf8'));
      delete common.close;
      common.minimize = ' ';
      common.expand = 'Show {{product}}';
      common.surprise = 'extra';
      common.productName = null;
      common.tagline = '{{数量}} sites';
      writeFileSync(path.join(scratch, 'xx', 'common.json'), JSON.stringify(common));
      expect(localeProblems('xx', scratch)).toEqual([
        'common.json: productName is not a string',
        'common.json: tagline uses {{数量}}, which English does not',
        'common.json: close is missing',
        'common.json: minimize is empty',
        'common.json: expand uses {{product}}, which English does not',
        'common.json: surprise is not in English',
      ]);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
