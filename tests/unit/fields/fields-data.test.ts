// @vitest-environment node
import { describe, expect, it } from 'vitest';
import english from '../../../locales/en/fields.json';
import { FIELD_GUIDES } from '../../../src/knowledge/fields';
import { isSourceKey } from '../../../src/knowledge/sources';

const texts = english.fields as Record<string, { name?: string; what?: string; format?: string; mistakes?: string }>;

describe('field guides', () => {
  it('have unique ids, labels and sources with an entry in the registry', () => {
    expect(new Set(FIELD_GUIDES.map((g) => g.id)).size).toBe(FIELD_GUIDES.length);
    for (const guide of FIELD_GUIDES) {
      expect(guide.labels.length, guide.id).toBeGreaterThan(0);
      expect(guide.sites.length, guide.id).toBeGreaterThan(0);
      expect(guide.sources.length, guide.id).toBeGreaterThan(0);
      for (const key of guide.sources) expect(isSourceKey(key), `${guide.id}: ${key} has no entry in src/knowledge/sources`).toBe(true);
    }
  });

  it('each have an English name, what to enter, the format and the common mistakes, and nothing else is in the file', () => {
    expect(Object.keys(texts).sort()).toEqual(FIELD_GUIDES.map((g) => g.id).sort());
    for (const guide of FIELD_GUIDES) {
      const text = texts[guide.id]!;
      for (const part of ['name', 'what', 'format', 'mistakes'] as const) expect(text[part]?.trim(), `${guide.id}.${part}`).toBeTruthy();
    }
  });

  it('cover every field of the online application the reference names', () => {
    const ids = FIELD_GUIDES.filter((g) => g.sites.includes('online-application')).map((g) => g.id);
    for (const id of ['terms-agreement', 'age-confirmation', 'application-id', 'email-contact-name', 'email', 'captcha', 'face-photo', 'birth-date', 'certificate-choice', 'braille-choice']) {
      expect(ids).toContain(id);
    }
  });
});
