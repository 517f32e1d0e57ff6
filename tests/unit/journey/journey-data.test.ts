// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { englishResources } from '../../../src/i18n/resources';
import { HOTLINES, LOST_CARD_SOURCES, FROM_ABROAD_SOURCES } from '../../../src/journey/hotlines';
import { KEY_DATE_IDS } from '../../../src/journey/key-dates';
import { APPLY_METHODS } from '../../../src/journey/profile';
import { PAGE_REMINDERS, remindersFor } from '../../../src/journey/reminders';
import { APPLY_METHOD_SOURCES, CHECKLIST_STEP_IDS, CHECKLIST_STEPS, COMPLETION_PAGES } from '../../../src/journey/steps';
import { ALERT_RULES } from '../../../src/alerts/plan-alerts';
import { isSourceKey } from '../../../src/knowledge/sources';
import { SITE_DETECTORS as DETECTORS } from '../../../src/sites/registry';

const journey = englishResources.journey as unknown as Record<string, Record<string, unknown>>;
const reminderTexts = englishResources.reminders.reminders as Record<string, string>;
const expectSources = (list: readonly string[], what: string) => {
  expect(list.length, what).toBeGreaterThan(0);
  for (const key of list) expect(isSourceKey(key), `${what}: ${key} has no entry in src/knowledge/sources`).toBe(true);
};

describe('the journey data', () => {
  it('has one entry per checklist step, in journey order, each with its texts and sources', () => {
    expect(CHECKLIST_STEPS.map((step) => step.id)).toEqual([...CHECKLIST_STEP_IDS]);
    for (const step of CHECKLIST_STEPS) {
      const texts = journey.steps![step.id] as Record<string, string> | undefined;
      expect(texts?.title, step.id).toBeTruthy();
      expect(texts?.what, step.id).toBeTruthy();
      expect(texts?.where, step.id).toBeTruthy();
      // A duration is said only where a source gives one.
      expect(Boolean(texts?.duration), `${step.id} duration`).toBe(step.duration !== undefined);
      expectSources(step.sources, step.id);
      if (step.duration) expectSources(step.duration, `${step.id} duration`);
      for (const fact of step.bring ?? []) {
        expect((journey.bring as Record<string, string>)[fact.id], fact.id).toBeTruthy();
        expectSources(fact.sources, `${step.id} bring ${fact.id}`);
      }
      for (const fact of step.pitfalls ?? []) {
        expect((journey.pitfalls as Record<string, string>)[fact.id], fact.id).toBeTruthy();
        expectSources(fact.sources, `${step.id} pitfall ${fact.id}`);
      }
      for (const link of step.links ?? []) {
        expect((journey.links as Record<string, string>)[link.id], link.id).toBeTruthy();
        expect(new URL(link.url).protocol, link.url).toBe('https:');
        expectSources(link.sources, link.url);
      }
    }
  });


  it('explains each way to apply, each key date, each alert and each help line, with sources', () => {
    for (const method of APPLY_METHODS) {
      expect((journey.methods as Record<string, Record<string, string>>)[method]?.what, method).toBeTruthy();
      expectSources(APPLY_METHOD_SOURCES[method], method);
    }
    for (const date of KEY_DATE_IDS) {
      expect((journey.dates as Record<string, string>)[date], date).toBeTruthy();
      expect((journey.alerts as Record<string, Record<string, string>>)[date]?.body, date).toContain('{{date}}');
      expectSources(ALERT_RULES[date].sources, `alert ${date}`);
    }
    for (const line of HOTLINES) {
      expect(line.number).toMatch(/^0\d{2,3}-\d{2,4}-\d{2,4}$/);
      expect((journey.hotlines as Record<string, Record<string, string>>)[line.id]?.name, line.id).toBeTruthy();
      expectSources(line.sources, line.id);
    }
    expectSources(LOST_CARD_SOURCES, 'lost card');
    expectSources(FROM_ABROAD_SOURCES, 'calling from abroad');
  });

  it('says where the hours of the foreign-language line are unclear, as the reference does', () => {
    expect((journey.hotlines as Record<string, Record<string, string>>)['card-foreign']?.hours).toMatch(/not clear/);
  });

  it('puts every reminder on pages detection really reports, with its text and sources', () => {
    const pages = new Map(DETECTORS.map((detector) => [detector.site, new Set(detector.pages)]));
    for (const reminder of PAGE_REMINDERS) {
      expect(reminderTexts[reminder.id], reminder.id).toBeTruthy();
      expectSources(reminder.sources, reminder.id);
      for (const key of reminder.pages) {
        const [site, page] = key.split('/') as [string, string];
        expect((pages.get(site as never) as Set<string> | undefined)?.has(page), `${reminder.id} on ${key}`).toBe(true);
      }
    }
    expect(Object.keys(reminderTexts).sort()).toEqual(PAGE_REMINDERS.map((r) => r.id).sort());
  });

  it('orders a page’s reminders: what to have ready, then pitfalls, then what comes next', () => {
    const kinds = remindersFor('online-application', 'online-email').map((r) => r.kind);
    expect(kinds).toEqual([...kinds].sort((a, b) => ['before', 'pitfall', 'after'].indexOf(a) - ['before', 'pitfall', 'after'].indexOf(b)));
    expect(kinds).toEqual(['before', 'pitfall', 'pitfall', 'after']);
    expect(remindersFor('jlis', 'jlis-faq')).toEqual([]);
  });

  it('offers to tick the apply step on the online application’s completion page', () => {
    expect(COMPLETION_PAGES).toEqual([expect.objectContaining({ site: 'online-application', page: 'online-complete', step: 'apply' })]);
    for (const entry of COMPLETION_PAGES) expectSources(entry.sources, entry.page);
  });
});
