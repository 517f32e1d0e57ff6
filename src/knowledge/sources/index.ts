import { SOURCES } from './registry';

export { SOURCES } from './registry';
export type { Source } from './types';

/** Whether the key has an entry in SOURCES: `isSourceKey('S42')`. */
export function isSourceKey(key: string): boolean {
  return Object.hasOwn(SOURCES, key);
}
