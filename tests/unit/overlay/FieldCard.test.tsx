import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { FIELD_GUIDES } from '../../../src/knowledge/fields';
import { FieldCard } from '../../../src/overlay/FieldCard';
import { renderWithI18n } from '../../support/render';

const guide = (id: string) => FIELD_GUIDES.find((g) => g.id === id)!;
const anchor = new DOMRect(100, 100, 200, 24);

const typeInto = (input: HTMLInputElement, value: string) =>
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });

describe('FieldCard', () => {
  let cleanup: () => void = () => undefined;
  afterEach(() => cleanup());

  it('explains the field and lists the findings of its check', () => {
    const { container, unmount } = renderWithI18n(
      <FieldCard guide={guide('application-id')} anchor={anchor} findings={{ kind: 'text', findings: [{ key: 'digitsMissing', level: 'problem', vars: { count: 3 } }] }} />,
    );
    cleanup = unmount;
    const card = container.querySelector('[data-field="application-id"]')!;
    expect(card.getAttribute('aria-live')).toBe('polite');
    expect(card.textContent).toContain('Application ID');
    expect(card.textContent).toContain('23 half-width digits');
    expect(card.querySelector('.finding--problem')!.textContent).toBe('3 digits are missing: the ID has 23.');
    expect(card.textContent).toContain('Nothing you type is kept or sent.');
  });

  it('lists the photo checks as pass or fail', () => {
    const checks = [
      { id: 'format', pass: false, detail: { format: 'heic' } },
      { id: 'color', pass: false, detail: { unknown: true } },
      { id: 'file-size', pass: true, detail: { bytes: 30 * 1024 } },
      { id: 'dimensions', pass: false, detail: { unknown: true } },
      { id: 'shape', pass: false, detail: { unknown: true } },
    ] as const;
    const { container, unmount } = renderWithI18n(<FieldCard guide={guide('face-photo')} anchor={anchor} findings={{ kind: 'photo', checks: [...checks] }} />);
    cleanup = unmount;
    const items = [...container.querySelectorAll('[data-photo-checks] li')];
    expect(items.map((li) => li.getAttribute('data-pass'))).toEqual(['false', 'false', 'true', 'false', 'false']);
    expect(items[0]!.textContent).toContain('HEIC');
    expect(items[2]!.textContent).toContain('30 KB');
  });

  it('converts dates both ways for a birth date', () => {
    const { container, unmount } = renderWithI18n(<FieldCard guide={guide('birth-date')} anchor={anchor} findings={{ kind: 'none' }} />);
    cleanup = unmount;
    const [western, era] = [...container.querySelectorAll<HTMLInputElement>('.converter input')];
    typeInto(western!, '1989-01-08');
    expect(container.querySelector('[data-converted="era"]')!.textContent).toBe('Japanese calendar: 平成元年1月8日');
    typeInto(era!, '令和元年5月1日');
    expect(container.querySelector('[data-converted="western"]')!.textContent).toBe('Western calendar: 2019-05-01');
    typeInto(era!, '平成31年5月1日');
    expect(container.querySelector('[data-converted="western"]')!.textContent).toBe('Not a date this converter can read.');
  });

  it('has no example line where the guide gives none', () => {
    const { container, unmount } = renderWithI18n(<FieldCard guide={guide('captcha')} anchor={anchor} findings={{ kind: 'none' }} />);
    cleanup = unmount;
    expect(container.querySelector('.field-card__example')).toBeNull();
  });
});
