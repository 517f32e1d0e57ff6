// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { alertText } from '../../../src/alerts/alert-sync';
import type { Alert } from '../../../src/alerts/plan-alerts';
import type { Localizer } from '../../../src/i18n/localizer';
import { formatDay } from '../../../src/checklist/format-date';
import { dateFormat } from '../../../src/i18n/date-format';
import { LANGUAGES } from '../../../src/i18n/languages';

const DAY = new Date(2026, 11, 2);

/** The year as digits 0–9, whatever digits the language writes (Nepali writes २०२६). */
const yearOf = (format: Intl.DateTimeFormat) =>
  format
    .formatToParts(DAY)
    .find((part) => part.type === 'year')!
    .value.replace(/[\u0966-\u096f]/g, (d) => String(d.charCodeAt(0) - 0x0966))
    .replace(/[\u0e50-\u0e59]/g, (d) => String(d.charCodeAt(0) - 0x0e50));

describe('dates in every language', () => {
  it('are written with the Western year, also in Thai, whose default calendar is Buddhist', () => {
    // The control: without the calendar option, Thai writes the Buddhist year.
    expect(yearOf(new Intl.DateTimeFormat('th', { dateStyle: 'long' }))).toBe('2569');
    for (const language of LANGUAGES) {
      expect(yearOf(dateFormat(language, { dateStyle: 'long' })), language).toBe('2026');
      expect(yearOf(dateFormat(language, { dateStyle: 'medium', timeStyle: 'short' })), language).toBe('2026');
    }
  });

  it('reach the checklist and the alerts that way', () => {
    expect(formatDay('2026-12-02', 'th')).toContain('2026');
    const i18n = { language: 'th', t: (_key: string, vars?: Record<string, unknown>) => String(vars?.date ?? '') } as unknown as Localizer;
    const alert: Alert = { id: 'stayExpiry:2026-12-02:1m', date: 'stayExpiry', on: '2026-12-02', stage: '1m', fireOn: '2026-11-02', due: '2026-12-02', text: 'stayExpiry', step: 'extend-validity' };
    const { body } = alertText(i18n, alert);
    expect(body).toContain('2026');
    expect(body).not.toContain('2569');
  });

  it('writes Western digits in every language, as the texts around the dates do', () => {
    expect(formatDay('2026-12-02', 'ne')).toMatch(/2026/);
    expect(formatDay('2026-12-02', 'ne')).not.toMatch(/[०-९]/);
  });
});
