import { afterEach, describe, expect, it } from 'vitest';
import { TermPopover } from '../../../src/overlay/TermPopover';
import type { TermView } from '../../../src/terms/term-view';
import { renderWithI18n } from '../../support/render';

const term: TermView = {
  id: 'application-id',
  forms: ['申請書ID'],
  reading: 'しんせいしょあいでぃー',
  romaji: 'shinseisho ai dī',
  officialBy: 'jlis',
  related: [],
  name: 'Application ID',
  explanation: 'A 23-digit number printed on your application form.',
  english: 'Application ID',
  sources: [],
};

const rect = (top: number, left: number, width = 60, height = 20) => new DOMRect(left, top, width, height);

describe('TermPopover', () => {
  let cleanup: () => void = () => undefined;
  afterEach(() => cleanup());

  it('is a tooltip for its term that says the English name, the reading and where the English comes from', () => {
    const { container, unmount } = renderWithI18n(<TermPopover term={term} pageText="申請書ＩＤ" anchor={rect(100, 100)} sources={[]} relatedNames={['Application form']} />);
    cleanup = unmount;
    const tooltip = container.querySelector('[role="tooltip"][data-term="application-id"]')!;
    expect(tooltip.textContent).toContain('Application ID');
    expect(tooltip.textContent).toContain('申請書ＩＤ');
    expect(tooltip.textContent).toContain('しんせいしょあいでぃー');
    expect(tooltip.textContent).toContain('Official English (J-LIS)');
    expect(tooltip.textContent).toContain('Related: Application form');
    // The reading is labelled in the user's language, outside the Japanese-voiced span.
    const reading = [...tooltip.querySelectorAll('[lang="ja"]')].find((span) => span.textContent === 'しんせいしょあいでぃー')!;
    expect(reading.hasAttribute('aria-label')).toBe(false);
    expect(reading.previousElementSibling!.textContent).toBe('Reading ');
    expect(reading.previousElementSibling!.className).toBe('visually-hidden');
  });

  it('has a close button beside the tooltip, not in it, for a touch screen without Escape or a pointer to move away', () => {
    let closed = 0;
    const { container, unmount } = renderWithI18n(
      <TermPopover term={term} pageText="申請書ID" anchor={rect(100, 100)} sources={[]} relatedNames={[]} onClose={() => (closed += 1)} />,
    );
    cleanup = unmount;
    const tooltip = container.querySelector('[role="tooltip"]')!;
    // A tooltip holds no control: the description a panel entry reads from it is the explanation alone.
    expect(tooltip.querySelector('button')).toBeNull();
    expect(tooltip.textContent).not.toContain('Close');
    const button = tooltip.nextElementSibling as HTMLButtonElement;
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('aria-label')).toBe('Close');
    button.click();
    expect(closed).toBe(1);
  });

  it('says when the English is our own wording', () => {
    const { container, unmount } = renderWithI18n(<TermPopover term={{ ...term, officialBy: null }} pageText="申請書ID" anchor={rect(100, 100)} sources={[]} relatedNames={[]} />);
    cleanup = unmount;
    expect(container.textContent).toContain('Our wording');
  });

  it('sits below the word, or above it near the bottom, never over it, and inside the viewport', () => {
    const place = (anchor: DOMRect) => {
      const { container, unmount } = renderWithI18n(<TermPopover term={term} pageText="申請書ID" anchor={anchor} sources={[]} relatedNames={[]} />);
      // The placed box: the tooltip and its close button.
      const style = (container.querySelector('[role="tooltip"]')!.parentElement as HTMLElement).style;
      const result = { top: parseFloat(style.top), left: parseFloat(style.left) };
      unmount();
      return result;
    };
    const below = place(rect(100, 50));
    expect(below.top).toBeGreaterThanOrEqual(120);
    const nearBottom = place(rect(window.innerHeight - 10, 50, 60, 10));
    expect(nearBottom.top).toBeLessThan(window.innerHeight - 10);
    const nearRight = place(rect(100, window.innerWidth - 5, 4));
    expect(nearRight.left).toBeLessThanOrEqual(window.innerWidth - 8);
    expect(nearRight.left).toBeGreaterThanOrEqual(8);
  });
});

describe('TermPopover in another language', () => {
  it('names the official English beside the translated name, and lists related terms in that language', async () => {
    const { createTranslator } = await import('../../../src/i18n/translate');
    const { I18nContext } = await import('../../../src/i18n/use-translation');
    const { render } = await import('preact');
    const { act } = await import('preact/test-utils');
    const i18n = createTranslator('es', {
      overlay: { officialEnglishName: 'Nombre oficial en inglés: {{name}} ({{by}})', by: { jlis: 'J-LIS' }, related: 'Relacionados: {{terms}}' },
    });
    const container = document.createElement('div');
    document.body.append(container);
    const anchor = { left: 10, top: 10, right: 60, bottom: 30, width: 50, height: 20 } as DOMRect;
    act(() => {
      render(
        <I18nContext.Provider value={i18n}>
          <TermPopover term={{ ...term, name: 'ID de solicitud' }} pageText="申請書ID" anchor={anchor} sources={[]} relatedNames={['uno', 'dos']} />
        </I18nContext.Provider>,
        container,
      );
    });
    expect(container.textContent).toContain('Nombre oficial en inglés: Application ID (J-LIS)');
    expect(container.textContent).toContain('Relacionados: uno y dos');
    render(null, container);
    container.remove();
  });

  it('names the sources of its facts, official first, with the day each was checked, three at most', () => {
    const sources = [
      { publisher: 'J-LIS', kind: 'official' as const, checked: '2026-11', url: 'https://www.kojinbango-card.go.jp/en/' },
      { publisher: 'Yokote City', kind: 'municipal' as const, checked: '2026-12-02', url: 'https://www.city.yokote.lg.jp/' },
      { publisher: 'Hokkaido University', kind: 'secondary' as const, checked: '2026-12-02', url: null },
      { publisher: 'Ashiya City', kind: 'municipal' as const, checked: '2026-12-02', url: null },
    ];
    const { container, unmount } = renderWithI18n(<TermPopover term={term} pageText="x" anchor={rect(100, 100)} sources={sources} relatedNames={[]} />);
    expect(container.querySelector('[data-term-sources]')!.textContent).toBe(
      'Sources: J-LIS (official, checked November 2026), Yokote City (municipal, checked December 2, 2026), Hokkaido University (non-official, checked December 2, 2026) and 1 more',
    );
    unmount();
  });
});
