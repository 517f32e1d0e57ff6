import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { englishResources } from '../../src/i18n/resources';
import { createTranslator } from '../../src/i18n/translate';
import { I18nContext } from '../../src/i18n/use-translation';

/** Renders into a fresh container with English resources; returns the container and a cleanup. */
export function renderWithI18n(ui: ComponentChild): { container: HTMLElement; unmount: () => void; rerender: (next: ComponentChild) => void } {
  const container = document.createElement('div');
  document.body.append(container);
  const i18n = createTranslator('en', englishResources);
  const draw = (next: ComponentChild) =>
    act(() => {
      render(<I18nContext.Provider value={i18n}>{next}</I18nContext.Provider>, container);
    });
  draw(ui);
  return {
    container,
    rerender: draw,
    unmount: () => {
      render(null, container);
      container.remove();
    },
  };
}

export function click(element: Element | null): void {
  if (!element) throw new Error('nothing to click');
  act(() => {
    (element as HTMLElement).click();
  });
}
