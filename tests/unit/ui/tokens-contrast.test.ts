import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrast } from '../../support/contrast';
import { ROOT } from '../../support/paths';
import path from 'node:path';

const css = readFileSync(path.join(ROOT, 'src/ui/tokens.css'), 'utf8');

/** The custom properties of the light block and of the dark block, the dark ones over the light. */
function themes(): Record<'light' | 'dark', Record<string, string>> {
  const darkAt = css.indexOf('@media (prefers-color-scheme: dark)');
  const read = (text: string) => Object.fromEntries([...text.matchAll(/--(mg-[\w-]+):\s*(#[0-9a-fA-F]{3,6})\s*;/g)].map((m) => [m[1]!, m[2]!]));
  const light = read(css.slice(0, darkAt));
  return { light, dark: { ...light, ...read(css.slice(darkAt)) } };
}

/** Colours a focused control of ours can sit on: our own surfaces, and a page's, from white to black. */
const OUR_BACKGROUNDS = ['mg-bg', 'mg-surface', 'mg-brand', 'mg-ok', 'mg-ok-bg', 'mg-danger-bg'];
const PAGE_BACKGROUNDS = ['#ffffff', '#000000', '#767676', '#f2f2f2', '#1a1a1a', '#0b57a4', '#d4e5f7', '#ffcc00', '#c8102e', '#00704a'];

describe('the focus ring', () => {
  for (const [name, tokens] of Object.entries(themes())) {
    it(`has two colours over 9:1 apart in the ${name} theme`, () => {
      expect(contrast(tokens['mg-focus']!, tokens['mg-focus-halo']!)).toBeGreaterThanOrEqual(9);
    });

    it(`stands 3:1 from every background it can meet in the ${name} theme`, () => {
      const backgrounds = [...OUR_BACKGROUNDS.map((token) => tokens[token]!), ...PAGE_BACKGROUNDS];
      for (const background of backgrounds) {
        const best = Math.max(contrast(tokens['mg-focus']!, background), contrast(tokens['mg-focus-halo']!, background));
        expect(best, `ring on ${background}`).toBeGreaterThanOrEqual(3);
      }
    });

    it(`gives controls borders 3:1 from our surfaces in the ${name} theme`, () => {
      for (const token of ['mg-bg', 'mg-surface']) {
        expect(contrast(tokens['mg-control-border']!, tokens[token]!), token).toBeGreaterThanOrEqual(3);
      }
    });
  }

});
