import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { Popup } from '../../../src/popup/Popup';
import { EMPTY_JOURNEY } from '../../../src/journey/journey-state';
import { click, renderWithI18n } from '../../support/render';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../support/paths';

const KO_WORD = (JSON.parse(readFileSync(path.join(ROOT, 'locales/ko/popup.json'), 'utf8')) as { language: string }).language;

const change = (select: HTMLSelectElement, value: string) =>
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });

describe('choosing the language in the popup', () => {
  let cleanup: () => void = () => undefined;
  afterEach(() => cleanup());
  const mount = (askLanguage: boolean, onChooseLanguage = vi.fn()) => {
    const rendered = renderWithI18n(
      <Popup
        tabStatus={null}
        language="en"
        onOpenSettings={() => undefined}
        journey={EMPTY_JOURNEY}
        changeJourney={() => undefined}
        onChooseLanguage={onChooseLanguage}
        askLanguage={askLanguage}
      />,
    );
    cleanup = rendered.unmount;
    return { container: rendered.container, onChooseLanguage };
  };

  it('offers every language in its own name, in the footer, labelled', () => {
    const { container, onChooseLanguage } = mount(false);
    const select = container.querySelector<HTMLSelectElement>('#popup-language')!;
    expect(container.querySelector('label[for="popup-language"]')!.textContent).toBe('Language');
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'English', '简体中文', '繁體中文', '한국어', 'Tiếng Việt', 'Filipino', 'नेपाली', 'Português (Brasil)', 'Bahasa Indonesia', 'ไทย', 'Español',
    ]);
    expect(select.options[3]!.lang).toBe('ko');
    expect(select.value).toBe('en');
    change(select, 'ne');
    expect(onChooseLanguage).toHaveBeenCalledWith('ne');
    expect(container.querySelector('[data-language-prompt]')).toBeNull();
  });

  it('asks once on a Japanese browser: keep English, or use the language chosen', async () => {
    const { container, onChooseLanguage } = mount(true);
    const prompt = container.querySelector('[data-language-prompt]')!;
    await vi.waitFor(async () => {
      await act(async () => undefined);
      expect(prompt.querySelectorAll('.language-prompt__words [lang]').length).toBeGreaterThan(5);
    });
    expect(prompt.querySelector('h2')!.textContent).toBe('Which language do you read?');
    // "Language" in every language, each marked with its own, for those who do not read English.
    const words = [...prompt.querySelectorAll('.language-prompt__words [lang]')].map((span) => span.textContent!.replace(' · ', ''));
    expect(new Set(words).size).toBe(words.length);
    expect(words.length).toBeGreaterThanOrEqual(9);
    expect(prompt.querySelector('.language-prompt__words [lang="ko"]')!.textContent).toContain(KO_WORD);
    // The question's menu has the focus and is named by the question, not by a second "Language".
    const select = prompt.querySelector<HTMLSelectElement>('#prompt-language')!;
    expect(document.activeElement).toBe(select);
    expect(select.getAttribute('aria-labelledby')).toBe('language-prompt-heading');
    expect(prompt.querySelector('label[for="prompt-language"]')).toBeNull();
    click([...prompt.querySelectorAll('button')].find((b) => b.textContent === 'Keep English')!);
    expect(onChooseLanguage).toHaveBeenLastCalledWith('en');
    change(prompt.querySelector<HTMLSelectElement>('#prompt-language')!, 'pt-BR');
    click([...prompt.querySelectorAll('button')].find((b) => b.textContent === 'Use this language')!);
    expect(onChooseLanguage).toHaveBeenLastCalledWith('pt-BR');
  });
});
