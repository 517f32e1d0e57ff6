import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths';

export const REFERENCE = path.resolve(ROOT, '../shared/reference/domain.md');

/** Every source key that domain.md §9 resolves: S1, S110b, G1-b, G15 … */
export function referenceSourceKeys(): Set<string> {
  if (!existsSync(REFERENCE)) throw new Error(`The reference is missing at ${REFERENCE}: the tests check facts against it.`);
  const text = readFileSync(REFERENCE, 'utf8');
  const sources = text.slice(text.indexOf('## 9. Sources'));
  const keys = new Set<string>();
  for (const line of sources.split('\n').filter((l) => l.startsWith('* '))) {
    for (const [key] of line.matchAll(/\b[SG]\d+(?:-[a-d]|b)?\b/g)) keys.add(key);
  }
  return keys;
}
