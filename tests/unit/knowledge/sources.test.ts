// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSourceKey, SOURCES, type Source } from '../../../src/knowledge/sources';
import { citedLists, sortSourceKeys, usedSourceKeys } from '../../../src/knowledge/sources/used-keys';
import { ROOT } from '../../support/paths';
import { hasReference, parseReferenceAddresses, referenceAddresses, type ReferenceAddress } from '../../support/reference';

type Registry = Readonly<Record<string, Source>>;

const KEY = /^(?:S\d+b?|G\d+(?:-[a-d])?|P\d+)$/;
const CODE_INDEX = /^github-code-index:\d+$/;
const CHECKED = /^\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/;
const KINDS: readonly string[] = ['official', 'municipal', 'secondary'];

/** Cited keys without an entry. */
function missingEntries(keys: Iterable<string>, registry: Registry): string[] {
  return [...new Set(keys)].filter((key) => !Object.hasOwn(registry, key));
}

/** Entries nobody cites. */
function unusedEntries(registry: Registry, keys: Iterable<string>): string[] {
  const cited = new Set(keys);
  return Object.keys(registry).filter((key) => !cited.has(key));
}

function host(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

const onGoJp = (url: string) => /(^|\.)go\.jp$/.test(host(url) ?? '');

/** What is wrong with one entry: nothing, for a good one. */
function entryProblems(key: string, source: Source): string[] {
  const problems: string[] = [];
  if (!KEY.test(key)) problems.push(`${key}: not a source key (S42, S110b, G1-b, P1)`);
  if (key.startsWith('G')) {
    if (!CODE_INDEX.test(source.url)) problems.push(`${key}: a G key's url is github-code-index:<id>, not ${source.url}`);
    if (source.kind !== 'secondary') problems.push(`${key}: a file of the public code index is secondary, not ${source.kind}`);
  } else if (host(source.url) === null) {
    problems.push(`${key}: url ${source.url} is not an http(s) address`);
  }
  for (const other of source.also ?? []) if (host(other) === null) problems.push(`${key}: also ${other} is not an http(s) address`);
  if (!source.publisher?.trim()) problems.push(`${key}: no publisher`);
  if (!KINDS.includes(source.kind)) problems.push(`${key}: kind ${String(source.kind)} is not one of ${KINDS.join(', ')}`);
  if (!CHECKED.test(source.checked ?? '')) problems.push(`${key}: checked ${String(source.checked)} is not YYYY-MM-DD or YYYY-MM`);
  if (source.kind === 'official' && !onGoJp(source.url)) problems.push(`${key}: official, but ${source.url} is not on a go.jp host`);
  if (source.kind !== 'official' && onGoJp(source.url)) problems.push(`${key}: ${source.url} is on a go.jp host, so official, not ${source.kind}`);
  if (source.title !== undefined && !source.title.trim()) problems.push(`${key}: empty title`);
  return problems;
}

function registryProblems(registry: Registry): string[] {
  return Object.entries(registry).flatMap(([key, source]) => entryProblems(key, source));
}

/** Entries whose addresses differ from the reference's; keys the reference lacks must be P keys. */
function addressMismatches(registry: Registry, addresses: ReadonlyMap<string, ReferenceAddress>): string[] {
  return Object.entries(registry).flatMap(([key, source]) => {
    const expected = addresses.get(key);
    if (!expected) return key.startsWith('P') ? [] : [`${key}: not in domain.md §9`];
    const problems: string[] = [];
    if (source.url !== expected.url) problems.push(`${key}: url ${source.url}, domain.md gives ${expected.url}`);
    if ((source.also ?? []).join(' ; ') !== expected.also.join(' ; ')) problems.push(`${key}: also [${(source.also ?? []).join(', ')}], domain.md gives [${expected.also.join(', ')}]`);
    return problems;
  });
}

/** Quoted key literals in the source files outside src/knowledge/sources: 'S42', "G1-b" … */
function keysQuotedInSrc(): Map<string, string> {
  const found = new Map<string, string>();
  const src = path.join(ROOT, 'src');
  for (const file of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
    if (!/\.tsx?$/.test(file) || file.split(path.sep).join('/').startsWith('knowledge/sources/')) continue;
    const text = readFileSync(path.join(src, file), 'utf8');
    for (const [, key] of text.matchAll(/['"`]((?:S\d+b?|G\d+(?:-[a-d])?|P\d+))['"`]/g)) if (!found.has(key!)) found.set(key!, file);
  }
  return found;
}

const used = usedSourceKeys();

describe('the source registry', () => {
  it('has an entry for every key the knowledge data cites', () => {
    expect(used.length).toBeGreaterThan(100);
    expect(missingEntries(used, SOURCES)).toEqual([]);
    for (const list of citedLists()) {
      for (const key of list.keys) expect(isSourceKey(key), `${list.where}: ${key} has no entry in src/knowledge/sources`).toBe(true);
    }
  });

  it('has no entry nobody cites', () => {
    expect(unusedEntries(SOURCES, used)).toEqual([]);
  });

  it('gives every entry an address, a publisher, a kind and the date it was checked; official ones are on go.jp', () => {
    expect(registryProblems(SOURCES)).toEqual([]);
  });

  it('is sorted: S by number, then G, then P', () => {
    expect(Object.keys(SOURCES)).toEqual(sortSourceKeys(Object.keys(SOURCES)));
  });

  it('finds every key quoted anywhere in src/, so no module citing sources is left out of used-keys.ts', () => {
    const quoted = keysQuotedInSrc();
    expect(quoted.size).toBeGreaterThan(100);
    const listed = new Set(used);
    for (const [key, file] of quoted) expect(listed.has(key), `${key} in src/${file} is not in usedSourceKeys()`).toBe(true);
  });

  it('knows only its own keys', () => {
    expect(isSourceKey('S42')).toBe(true);
    expect(isSourceKey('G1-b')).toBe(true);
    expect(isSourceKey('S999')).toBe(false);
    expect(isSourceKey('toString')).toBe(false);
  });
});

describe('the checks of the registry', () => {
  const good: Source = { url: 'https://www.digital.go.jp/en/', publisher: 'Digital Agency', kind: 'official', checked: '2026-11' };

  it('report a cited key without an entry', () => {
    expect(missingEntries([...used, 'S999', 'G1-z'], SOURCES)).toEqual(['S999', 'G1-z']);
  });

  it('report an entry nobody cites', () => {
    expect(unusedEntries({ ...SOURCES, S998: good }, used)).toEqual(['S998']);
    expect(unusedEntries(SOURCES, used.filter((key) => key !== 'S42'))).toEqual(['S42']);
  });

  it('report bad entries', () => {
    expect(entryProblems('S1', good)).toEqual([]);
    expect(entryProblems('G2', { ...good, url: 'github-code-index:53516658284', kind: 'secondary' })).toEqual([]);
    const problems = (key: string, change: Partial<Source>) => entryProblems(key, { ...good, ...change } as Source);
    expect(problems('S 1', {})).toHaveLength(1);
    expect(problems('S1', { url: 'www.digital.go.jp/en/' })).toHaveLength(2);
    expect(problems('S1', { url: 'ftp://www.digital.go.jp/' })).toHaveLength(2);
    expect(problems('G2', {})).toHaveLength(2);
    expect(problems('S1', { also: ['not a url'] })).toHaveLength(1);
    expect(problems('S1', { publisher: ' ' })).toHaveLength(1);
    expect(problems('S1', { kind: 'ministry' as Source['kind'] })).toHaveLength(2);
    expect(problems('S1', { checked: '2026-13' })).toHaveLength(1);
    expect(problems('S1', { checked: 'November 2026' })).toHaveLength(1);
    expect(problems('S1', { url: 'https://www.city.bunkyo.lg.jp/' })).toHaveLength(1);
    expect(problems('S1', { kind: 'municipal' })).toHaveLength(1);
    expect(problems('S1', { url: 'https://www.kojinbango-card.go.jp.example.com/' })).toHaveLength(1);
    expect(registryProblems({ ...SOURCES, S998: { ...good, kind: 'secondary' } })).toEqual([expect.stringContaining('S998')]);
  });

  it('report an address that differs from the reference, and a key the reference lacks', () => {
    const addresses = parseReferenceAddresses(
      [
        '## 9. Sources',
        '* S1 https://a.go.jp/en/ (also mirror http://m.example/x)',
        '* S97 https://b.example/dir/one.html ; …/two.html',
        '* S110 https://w.example/wiki (Wikipedia mirror) ; S110b https://c.example/docs/1',
        '* S106 https://d.example/doc/ (municipal PDF citing https://www.kojinbango-card.go.jp/kofushinse/index.html)',
        '* G1 index ids 723765010, 251899094 (apps); G1-b id 68508620543, 1 (links)',
        '* G15 id 21272448347 ; G16 id 69668971409 (lg-waps.go.jp/01-04.html)',
      ].join('\n'),
    );
    expect(Object.fromEntries(addresses)).toEqual({
      S1: { url: 'https://a.go.jp/en/', also: ['http://m.example/x'] },
      S97: { url: 'https://b.example/dir/one.html', also: ['https://b.example/dir/two.html'] },
      S110: { url: 'https://w.example/wiki', also: [] },
      S110b: { url: 'https://c.example/docs/1', also: [] },
      S106: { url: 'https://d.example/doc/', also: [] },
      G1: { url: 'github-code-index:723765010', also: [] },
      'G1-b': { url: 'github-code-index:68508620543', also: [] },
      G15: { url: 'github-code-index:21272448347', also: [] },
      G16: { url: 'github-code-index:69668971409', also: [] },
    });
    const entry = (url: string, also?: string[]): Source => ({ ...good, url, ...(also ? { also } : {}) });
    expect(addressMismatches({ S1: entry('https://a.go.jp/en/', ['http://m.example/x']), P1: good }, addresses)).toEqual([]);
    expect(addressMismatches({ S1: entry('https://a.go.jp/ja/', ['http://m.example/x']) }, addresses)).toHaveLength(1);
    expect(addressMismatches({ S97: entry('https://b.example/dir/one.html') }, addresses)).toHaveLength(1);
    expect(addressMismatches({ S2: good }, addresses)).toEqual(['S2: not in domain.md §9']);
  });
});

describe.runIf(hasReference())('the source registry against ../shared/reference/domain.md §9', () => {
  it('gives each key the addresses domain.md gives it', () => {
    const addresses = referenceAddresses();
    expect(addresses.size).toBeGreaterThan(150);
    expect(addressMismatches(SOURCES, addresses)).toEqual([]);
  });
});
