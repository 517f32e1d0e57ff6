import { describe, expect, it } from 'vitest';
import counter from '../../../locales/en/counter.json';
import journey from '../../../locales/en/journey.json';
import { DEFAULT_PROFILE } from '../../../src/journey/profile';
import { CHECKLIST_STEPS } from '../../../src/journey/steps';
import { COUNTER_VISITS, visitsOfStep } from '../../../src/knowledge/counter/visits';
import { SOURCES } from '../../../src/knowledge/sources';

/**
 * The checklist steps that cannot be done online and end at a counter (domain.md §0, §3, §8b): the
 * moving-in notice, pickup, the extension after a new residence card (or, with a 特定在留カード, at
 * immigration), continued use after a move, renewal of the certificates, the moving-out notice, the
 * insurer's 資格確認書, and the PIN reset at the office.
 */
const COUNTER_STEPS = ['register-address', 'pickup', 'extend-validity', 'move', 'renew', 'leave-japan', 'use-insurance', 'prepare-pickup'] as const;
/** The visits after a loss, offered from the lost-card section rather than from a step. */
const LOSS_VISITS = ['police-report', 'reissue', 'lift-suspension'];

const visits = COUNTER_VISITS as readonly (typeof COUNTER_VISITS)[number][];
const texts = counter.visits as Record<string, Record<string, string>>;
const JAPANESE_TEXT = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々、。・（）「」]+$/u;
const KANA_TEXT = /^[\p{Script=Hiragana}\p{Script=Katakana}ー、。 ]+$/u;

describe('counter visits', () => {
  it.each(COUNTER_STEPS)('gives the step %s a counter card, for every kind of resident', (step) => {
    expect(CHECKLIST_STEPS.some((s) => s.id === step)).toBe(true);
    for (const specifiedCard of [false, true]) {
      expect(visitsOfStep(step, { ...DEFAULT_PROFILE, specifiedCard }).length, `${step}, 特定在留カード ${specifiedCard}`).toBeGreaterThan(0);
    }
  });

  it('offers a 特定在留カード to those who keep two cards, and a holder the renewal of the one card', () => {
    const ids = (step: (typeof COUNTER_STEPS)[number], specifiedCard: boolean) => visitsOfStep(step, { ...DEFAULT_PROFILE, specifiedCard }).map((visit) => visit.id);
    expect(ids('extend-validity', false)).toEqual(expect.arrayContaining(['extend-validity', 'special-extension', 'immigration-specified-card']));
    expect(ids('extend-validity', false)).not.toContain('immigration-renewal-specified');
    // A holder's card is renewed with the residence card at immigration: no municipal extension, and no
    // offer of the card they already have.
    expect(ids('extend-validity', true)).toEqual(['immigration-renewal-specified']);
    expect(ids('move', false)).toEqual(expect.arrayContaining(['continued-use', 'specified-card-moving-in']));
    expect(ids('move', true)).not.toContain('specified-card-moving-in');
    expect(ids('register-address', true)).not.toContain('specified-card-moving-in');
  });

  it('has the visits after a loss', () => {
    for (const id of LOSS_VISITS) expect(visits.some((visit) => visit.id === id), id).toBe(true);
  });

  it.each(visits.map((visit) => [visit.id, visit] as const))('%s: fixed Japanese, its reading, English texts and sources', (id, visit) => {
    expect(visit.request).toMatch(JAPANESE_TEXT);
    expect(visit.reading).toMatch(KANA_TEXT);
    // The reading says the same sentences: as many of them.
    expect(visit.reading.split('。').length).toBe(visit.request.split('。').length);
    for (const part of ['title', 'meaning', 'asks', 'ifNo']) expect(texts[id]?.[part], `${id}.${part}`).toBeTruthy();
    expect(Boolean(texts[id]?.duration), `${id}.duration only with its sources`).toBe('duration' in visit);
    for (const item of visit.bring) {
      const shared = 'shared' in item && item.shared === true;
      const text = (shared ? journey.bring : counter.bring) as Record<string, string>;
      expect(text[item.id], `${id}: bring ${item.id}`).toBeTruthy();
      expect(item.sources.length).toBeGreaterThan(0);
    }
    const cited = [...visit.sources, ...visit.ifNo, ...('duration' in visit ? visit.duration : []), ...visit.bring.flatMap((item) => item.sources)];
    expect(visit.sources.length).toBeGreaterThan(0);
    for (const key of cited) expect(SOURCES[key], `${id}: ${key}`).toBeDefined();
  });

  it('has no visit without a step or the lost-card section to open it from', () => {
    for (const visit of visits) expect(visit.steps.length > 0 || LOSS_VISITS.includes(visit.id), visit.id).toBe(true);
  });
});
