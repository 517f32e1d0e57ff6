import { readJourney, type DataProblem, type JourneyState } from './journey-state';
import { toIsoDate } from './key-dates';
import { isRecord } from '../util/guards';

/** What an exported checklist file says it is. */
export const EXPORT_FORMAT = 'myna-guide-checklist';
/** The file format's version; it follows the stored journey's version. */
export const EXPORT_VERSION = 1;
/** A real checklist is a few kilobytes; anything far larger is not one, and is not read. */
export const MAX_IMPORT_BYTES = 256 * 1024;

export type ImportProblemCode = DataProblem['code'] | 'too-large' | 'not-json' | 'not-a-checklist' | 'newer-version' | 'bad-version';

export interface ImportProblem {
  path: string;
  code: ImportProblemCode;
}

export type ImportResult = { ok: true; state: JourneyState } | { ok: false; problems: readonly ImportProblem[] };

/** The checklist as a file the user keeps: their ticks, answers and dates, nothing else. */
export function exportJourney(state: JourneyState, now = new Date()): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), journey: state }, null, 2)}\n`;
}

/** The name the exported file is saved under, with the day in it. */
export function exportFileName(now = new Date()): string {
  return `myna-guide-checklist-${toIsoDate(now)}.json`;
}


/**
 * Checks a file in full before anything is used: either every part is right and the whole checklist is
 * returned, or nothing is, with every problem found and where.
 */
export function parseImport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, problems: [{ path: '', code: 'too-large' }] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ path: '', code: 'not-json' }] };
  }
  if (!isRecord(raw) || raw.format !== EXPORT_FORMAT) return { ok: false, problems: [{ path: 'format', code: 'not-a-checklist' }] };
  if (typeof raw.version !== 'number' || !Number.isInteger(raw.version) || raw.version < 1) {
    return { ok: false, problems: [{ path: 'version', code: 'bad-version' }] };
  }
  if (raw.version > EXPORT_VERSION) return { ok: false, problems: [{ path: 'version', code: 'newer-version' }] };
  const problems: ImportProblem[] = [];
  for (const key of Object.keys(raw)) {
    if (!['format', 'version', 'exportedAt', 'journey'].includes(key)) problems.push({ path: key, code: 'unknown-field' });
  }
  if (raw.exportedAt !== undefined && (typeof raw.exportedAt !== 'string' || Number.isNaN(Date.parse(raw.exportedAt)))) {
    problems.push({ path: 'exportedAt', code: 'wrong-type' });
  }
  if (!isRecord(raw.journey)) return { ok: false, problems: [...problems, { path: 'journey', code: 'wrong-type' }] };
  const read = readJourney(raw.journey);
  problems.push(...read.problems.map((problem) => ({ ...problem, path: problem.path ? `journey.${problem.path}` : 'journey' })));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, state: read.value };
}
