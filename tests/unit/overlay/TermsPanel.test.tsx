import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TermsPanel, type PanelEntry } from '../../../src/overlay/TermsPanel';
import type { TermView } from '../../../src/terms/term-view';
import { click, renderWithI18n } from '../../support/render';

const view = (id: string, name: string): TermView => ({ id, forms: [id], reading: 'よみ', romaji: 'yomi', officialBy: null, related: [], name, explanation: '…', english: name, sources: [] });
const entries: PanelEntry[] = [
  { term: view('my-number-card', 'My Number Card'), pageText: 'マイナンバーカード' },
  { term: view('pin', 'PIN'), pageText: '暗証番号' },
  { term: view('application-id', 'Application ID'), pageText: '申請書ID' },
];

const press = (target: Element, key: string) =>
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });

describe('TermsPanel', () => {
  let cleanup: () => void = () => undefined;
  afterEach(() => cleanup());

  it('lists the terms in page order as focusable entries, and focuses the first', () => {
    const { container, unmount } = renderWithI18n(<TermsPanel entries={entries} selected={null} onSelect={() => undefined} onUnselect={() => undefined} onClose={() => undefined} />);
    cleanup = unmount;
    const buttons = [...container.querySelectorAll('[data-term-entry]')];
    expect(buttons.map((b) => b.getAttribute('data-term-entry'))).toEqual(['my-number-card', 'pin', 'application-id']);
    expect(document.activeElement).toBe(buttons[0]);
    expect(container.querySelector('[role="dialog"]')!.getAttribute('aria-labelledby')).toBe('terms-panel-title');
  });

  it('tells of the arrow keys and the shortcut in the part a touch screen hides, and of choosing outside it', () => {
    const { container, unmount } = renderWithI18n(<TermsPanel entries={entries} selected={null} onSelect={() => undefined} onUnselect={() => undefined} onClose={() => undefined} />);
    cleanup = unmount;
    const hint = container.querySelector('.terms-panel__hint')!;
    const keys = hint.querySelector('.shortcut-hint')!;
    expect(keys.textContent).toMatch(/^Use the arrow keys to move\. .+ opens and closes this list/);
    expect(hint.textContent!.replace(keys.textContent!, '').trim()).toBe('Choose a term to see where it is and what it means.');
  });

  it('moves with the arrow keys, Home and End, and chooses with a click or Enter', () => {
    const onSelect = vi.fn();
    const { container, unmount } = renderWithI18n(<TermsPanel entries={entries} selected={null} onSelect={onSelect} onUnselect={() => undefined} onClose={() => undefined} />);
    cleanup = unmount;
    const buttons = [...container.querySelectorAll<HTMLButtonElement>('[data-term-entry]')];
    press(buttons[0]!, 'ArrowDown');
    expect(document.activeElement).toBe(buttons[1]);
    press(buttons[1]!, 'End');
    expect(document.activeElement).toBe(buttons[2]);
    press(buttons[2]!, 'ArrowDown');
    expect(document.activeElement).toBe(buttons[0]);
    press(buttons[0]!, 'ArrowUp');
    expect(document.activeElement).toBe(buttons[2]);
    click(buttons[1]!);
    expect(onSelect).toHaveBeenCalledWith('pin');
  });

  it('describes the chosen entry by its popover; Escape closes the popover first, then the panel', () => {
    const onClose = vi.fn();
    const onUnselect = vi.fn();
    const panel = (selected: string | null) => (
      <TermsPanel entries={entries} selected={selected} onSelect={() => undefined} onUnselect={onUnselect} onClose={onClose} />
    );
    const { container, unmount, rerender } = renderWithI18n(panel('pin'));
    cleanup = unmount;
    const chosen = container.querySelector('[data-term-entry="pin"]')!;
    expect(chosen.getAttribute('aria-pressed')).toBe('true');
    expect(chosen.getAttribute('aria-describedby')).toBe('myna-guide-term-tooltip');
    press(chosen, 'Escape');
    expect(onUnselect).toHaveBeenCalledOnce();
    expect(onClose).not.toHaveBeenCalled();
    rerender(panel(null));
    press(container.querySelector('[data-term-entry="pin"]')!, 'Escape');
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('says so when the page has no terms', () => {
    const { container, unmount } = renderWithI18n(<TermsPanel entries={[]} selected={null} onSelect={() => undefined} onUnselect={() => undefined} onClose={() => undefined} />);
    cleanup = unmount;
    expect(container.textContent).toContain('No My Number terms were found on this page.');
  });
});
