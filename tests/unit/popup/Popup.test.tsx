import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../../src/popup/Popup';
import { click, renderWithI18n } from '../../support/render';

describe('Popup', () => {
  let cleanup: () => void = () => undefined;
  afterEach(() => cleanup());

  it('shows the product name and an empty checklist that says what will appear', () => {
    const { container, unmount } = renderWithI18n(<Popup tabStatus={null} language="en" onOpenSettings={() => undefined} />);
    cleanup = unmount;
    expect(container.querySelector('h1')!.textContent).toBe('MyNa Guide');
    const checklist = container.querySelector('[data-checklist]')!;
    expect(checklist.getAttribute('aria-labelledby')).toBe('checklist-heading');
    expect(checklist.querySelector('#checklist-heading')!.textContent).toBe('Your checklist');
    expect(checklist.textContent).toContain('will appear here');
  });

  it('opens the settings', () => {
    const onOpenSettings = vi.fn();
    const { container, unmount } = renderWithI18n(<Popup tabStatus={null} language="en" onOpenSettings={onOpenSettings} />);
    cleanup = unmount;
    click(container.querySelector('footer button'));
    expect(onOpenSettings).toHaveBeenCalledOnce();
  });
});
