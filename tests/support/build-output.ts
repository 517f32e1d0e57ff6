import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import JSZip from 'jszip';
import { CHROME_BUILD, FIREFOX_BUILD, OUTPUT } from './paths';

export type Manifest = Record<string, unknown> & {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: { matches: string[]; js: string[]; css?: string[]; all_frames?: boolean }[];
  browser_specific_settings?: { gecko?: Record<string, unknown>; gecko_android?: Record<string, unknown> };
};

export function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

export const chromeManifest = () => readManifest(CHROME_BUILD);
export const firefoxManifest = () => readManifest(FIREFOX_BUILD);

export function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** Every file below a directory, as paths relative to it. */
export function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full, base) : [path.relative(base, full)];
  });
}

export function outputZip(kind: 'chrome' | 'firefox' | 'sources'): string {
  const version = (JSON.parse(readFileSync(path.join(OUTPUT, '..', 'package.json'), 'utf8')) as { version: string }).version;
  return path.join(OUTPUT, `myna-guide-${version}-${kind}.zip`);
}

export async function readZip(file: string): Promise<JSZip> {
  return JSZip.loadAsync(readFileSync(file));
}
