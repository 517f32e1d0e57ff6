// @vitest-environment node
import { describe, expect, it } from 'vitest';
import journeyV1 from '../../fixtures/storage/journey-v1.json';
import { EMPTY_JOURNEY, type JourneyState } from '../../../src/journey/journey-state';
import { exportFileName, exportJourney, MAX_IMPORT_BYTES, parseImport } from '../../../src/journey/transfer';

// A checklist saved before the 特定在留カード, moving and leaving answers: they read as not given.
const state = {
  ...journeyV1.journey,
  profile: { ...journeyV1.journey.profile, specifiedCard: false, moving: false, leaving: false },
} as unknown as JourneyState;
const file = (journey: unknown, envelope: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'myna-guide-checklist', version: 1, exportedAt: '2026-11-25T00:00:00.000Z', journey, ...envelope });

describe('export and import', () => {
  it('round-trips a checklist exactly', () => {
    const text = exportJourney(state, new Date('2026-11-25T10:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({ format: 'myna-guide-checklist', version: 1, exportedAt: '2026-11-25T10:00:00.000Z' });
    expect(parseImport(text)).toEqual({ ok: true, state });
    expect(parseImport(exportJourney(EMPTY_JOURNEY))).toEqual({ ok: true, state: EMPTY_JOURNEY });
    // The user's own calendar day, not UTC's.
    expect(exportFileName(new Date(2026, 10, 25, 0, 30))).toBe('myna-guide-checklist-2026-11-25.json');
  });

  it('refuse a huge file without parsing it', () => {
    const huge = file({ ...state, padding: 'x'.repeat(MAX_IMPORT_BYTES) });
    expect(parseImport(huge)).toEqual({ ok: false, problems: [{ path: '', code: 'too-large' }] });
  });

  it.each([
    ['not JSON', '{"format": "myna-guide-checklist",', 'not-json', ''],
    ['an empty file', '', 'not-json', ''],
    ['some other JSON', '{"hello": "world"}', 'not-a-checklist', 'format'],
    ['a JSON array', '[1,2]', 'not-a-checklist', 'format'],
    ['a newer version', file(state, { version: 2 }), 'newer-version', 'version'],
    ['a version that is not a number', file(state, { version: '1' }), 'bad-version', 'version'],
    ['version 0', file(state, { version: 0 }), 'bad-version', 'version'],
    ['no checklist inside', file(undefined), 'wrong-type', 'journey'],
    ['an export date that is not a date', file({}, { exportedAt: 'yesterday' }), 'wrong-type', 'exportedAt'],
  ])('refuse %s, saying why', (_what, text, code, path) => {
    expect(parseImport(text)).toEqual({ ok: false, problems: [expect.objectContaining({ code, path })] });
  });

  it('list every problem of a checklist with wrong types and unknown steps, and apply none of it', () => {
    const result = parseImport(
      file(
        {
          done: { apply: '2026-10-02', 'fly-to-the-moon': '2026-10-03', pickup: 'yesterday', renew: 5 },
          profile: { stay: 'forever', hasCard: 'yes', uses: { insurance: 'maybe', dancing: true } },
          dates: { stayExpiry: '2027-02-30', birthday: '1990-01-01' },
          dismissedAlerts: [7],
        },
        { comment: 'hi' },
      ),
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        { path: 'comment', code: 'unknown-field' },
        { path: 'journey.done.fly-to-the-moon', code: 'unknown-step' },
        { path: 'journey.done.pickup', code: 'bad-date' },
        { path: 'journey.done.renew', code: 'wrong-type' },
        { path: 'journey.profile.stay', code: 'unknown-value' },
        { path: 'journey.profile.hasCard', code: 'wrong-type' },
        { path: 'journey.profile.uses.insurance', code: 'wrong-type' },
        { path: 'journey.profile.uses.dancing', code: 'unknown-field' },
        { path: 'journey.dates.stayExpiry', code: 'bad-date' },
        { path: 'journey.dates.birthday', code: 'unknown-date' },
        { path: 'journey.dismissedAlerts.0', code: 'wrong-type' },
      ],
    });
  });

  it('refuse a checklist with one bad part even when the rest is right', () => {
    expect(parseImport(file({ ...state, done: { ...state.done, apply: '2026-10-32' } }))).toEqual({
      ok: false,
      problems: [{ path: 'journey.done.apply', code: 'bad-date' }],
    });
  });

  it('refuse too many dismissed alerts', () => {
    const many = Array.from({ length: 501 }, (_, i) => `stayExpiry:2027-03-31:s${i}`);
    const result = parseImport(file({ ...state, dismissedAlerts: many }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toContainEqual({ path: 'journey.dismissedAlerts', code: 'too-many' });
  });
});
