import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SOURCES } from '../../src/knowledge/sources';
import { ROOT } from './paths';

/**
 * The domain research the knowledge data was written from. It lives beside the project, not in it: the
 * tests that read it run only where it exists (`hasReference()`); everything else resolves source keys
 * with src/knowledge/sources.
 */
export const REFERENCE = path.resolve(ROOT, '../shared/reference/domain.md');

export function hasReference(file: string = REFERENCE): boolean {
  return existsSync(file);
}

/** Every source key with an entry in src/knowledge/sources: S1, S110b, G1-b, P1 … No file is read. */
export function referenceSourceKeys(): Set<string> {
  return new Set(Object.keys(SOURCES));
}

/** The addresses domain.md §9 gives a key: the first, then the others. */
export interface ReferenceAddress {
  url: string;
  also: string[];
}

const ADDRESS = /(?:https?:\/\/|…\/)\S+/g;

/**
 * The addresses of domain.md §9, by key. A web page's line is `* S1 https://… (also mirror http://…)` or
 * `* S13 https://… ; https://…`, where `…/x.html` abbreviates the first address's folder; S110 and S110b
 * share one line; other parentheses are notes. A code-index file is `github-code-index:<its first id>`, from `G1 index ids 1, 2 (…);
 * G1-b id 3 (…)` or `G15 id 4 ; G16 id 5 (…)`.
 */
export function parseReferenceAddresses(text: string): Map<string, ReferenceAddress> {
  const start = text.indexOf('## 9. Sources');
  if (start === -1) throw new Error('domain.md has no "## 9. Sources" section');
  const addresses = new Map<string, ReferenceAddress>();
  for (const line of text.slice(start).split('\n')) {
    if (line.startsWith('* S')) {
      for (const part of line.slice(2).split(/ ; (?=S\d+b? )/)) {
        const match = /^(S\d+b?) (.*)$/.exec(part);
        if (!match) continue;
        const urls: string[] = [];
        // An address in parentheses counts only after "also" or "via" (S1, S92), not in "(municipal PDF citing https://…)".
        const kept = match[2]!.replace(/\((?!also |via )[^)]*\)/g, '');
        for (const [found] of kept.matchAll(ADDRESS)) {
          const address = found.replace(/\)+$/, '');
          urls.push(address.startsWith('…/') && urls[0] ? urls[0].replace(/\/[^/]*$/, address.slice(1)) : address);
        }
        if (urls[0]) addresses.set(match[1]!, { url: urls[0], also: urls.slice(1) });
      }
    } else if (line.startsWith('* G')) {
      for (const match of line.matchAll(/(G\d+(?:-[a-d])?)\s+(?:index\s+)?ids?\s+(\d+)/g)) {
        addresses.set(match[1]!, { url: `github-code-index:${match[2]}`, also: [] });
      }
    }
  }
  return addresses;
}

/** domain.md §9's addresses; only where the file exists. */
export function referenceAddresses(file: string = REFERENCE): Map<string, ReferenceAddress> {
  return parseReferenceAddresses(readFileSync(file, 'utf8'));
}
