import { useEffect, useRef, useState } from 'preact/hooks';
import { useTranslation } from '../i18n/use-translation';
import { LANGUAGES, type Language } from '../i18n/languages';
import { LanguageSelect } from '../ui/LanguageSelect';

/**
 * The word "Language" in each language, from its own popup texts: the question is seen by people who
 * may not read English. Loaded only when the question is asked, which is once.
 */
const WORDS = import.meta.glob<string>('../../locales/*/popup.json', { import: 'language' });
const loadWords = async () => {
  const words = await Promise.all(LANGUAGES.map(async (language) => [language, (await WORDS[`../../locales/${language}/popup.json`]?.()) ?? ''] as const));
  // Spanish and Portuguese both say "Idioma": each word once.
  return words.filter(([, word], index) => word !== '' && words.findIndex(([, other]) => other === word) === index);
};

interface LanguagePromptProps {
  onAnswer: (language: Language) => void;
}

/** Asked once of a Japanese browser's user: MyNa Guide started in English; which language do they read? */
export function LanguagePrompt({ onAnswer }: LanguagePromptProps) {
  const t = useTranslation();
  const [choice, setChoice] = useState<Language>('en');
  const section = useRef<HTMLElement>(null);
  const [words, setWords] = useState<readonly (readonly [Language, string])[]>([]);
  useEffect(() => void loadWords().then(setWords), []);
  // The question is the first thing a keyboard or screen-reader user meets.
  useEffect(() => section.current?.querySelector<HTMLElement>('select')?.focus(), []);
  return (
    <section class="language-prompt" aria-labelledby="language-prompt-heading" data-language-prompt="" ref={section}>
      <p class="language-prompt__words">
        {words.map(([language, word], index) => (
          <span key={language} lang={language}>
            {index > 0 ? ' · ' : ''}
            {word}
          </span>
        ))}
      </p>
      <h2 id="language-prompt-heading">{t('popup:languagePrompt.heading')}</h2>
      <p>{t('popup:languagePrompt.text')}</p>
      <LanguageSelect id="prompt-language" labelledBy="language-prompt-heading" value={choice} onChange={(language) => setChoice(language ?? 'en')} />
      <div class="language-prompt__buttons">
        <button type="button" class="primary-button" onClick={() => onAnswer(choice)}>
          {t('popup:languagePrompt.use')}
        </button>
        <button type="button" class="secondary-button" onClick={() => onAnswer('en')}>
          {t('popup:languagePrompt.keep')}
        </button>
      </div>
    </section>
  );
}
