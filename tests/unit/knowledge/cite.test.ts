// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { citationsOf, restsOnSecondary } from '../../../src/knowledge/sources/cite';
import { CHECKLIST_STEPS } from '../../../src/journey/steps';

describe('citations shown to users', () => {
  it('name each publisher once, official first, with its latest check and a link only to a real page', () => {
    expect(citationsOf(['S138', 'S26', 'S1', 'S6', 'G13'])).toEqual([
      { publisher: 'J-LIS', kind: 'official', checked: '2026-11', url: 'https://www.kojinbango-card.go.jp/en/' },
      { publisher: 'Bunkyo City', kind: 'municipal', checked: '2026-11', url: expect.stringMatching(/^https:\/\/www\.city\.bunkyo\.lg\.jp\//) },
      { publisher: 'Hokkaido University', kind: 'secondary', checked: '2026-12-02', url: 'https://www.oia.hokudai.ac.jp/cier/residence/?wovn=en' },
      { publisher: 'GitHub (public code)', kind: 'secondary', checked: '2026-11', url: null },
    ]);
  });

  it('flag a fact that rests on non-official sites only, and the checklist marks exactly those facts', () => {
    expect(restsOnSecondary(['S138'])).toBe(true);
    expect(restsOnSecondary(['S138', 'S139'])).toBe(false);
    expect(restsOnSecondary([])).toBe(false);
    // Each such fact is marked, so the checklist says so beside it; a fact marked without reason is not.
    for (const fact of CHECKLIST_STEPS.flatMap((step) => [...(step.bring ?? []), ...(step.pitfalls ?? [])])) {
      expect(fact.unofficial ?? false, fact.id).toBe(restsOnSecondary(fact.sources));
    }
    expect(CHECKLIST_STEPS.flatMap((step) => step.pitfalls ?? []).filter((fact) => fact.unofficial).map((fact) => fact.id)).toEqual(['email-missing']);
  });
});
