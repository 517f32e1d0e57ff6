import { useState } from 'preact/hooks';
import { useTranslation } from '../i18n/use-translation';
import type { Language } from '../i18n/languages';
import { LanguageSelect } from '../ui/LanguageSelect';

interface LanguagePromptProps {
  onAnswer: (language: Language) => void;
}

/** Asked once of a Japanese browser's user: MyNa Guide started in English; which language do they read? */
export function LanguagePrompt({ onAnswer }: LanguagePromptProps) {
  const t = useTranslation();
  const [choice, setChoice] = useState<Language>('en');
  return (
    <section class="language-prompt" aria-labelledby="language-prompt-heading" data-language-prompt="">
      <h2 id="language-prompt-heading">{t('popup:languagePrompt.heading')}</h2>
      <p>{t('popup:languagePrompt.text')}</p>
      <LanguageSelect id="prompt-language" label={t('popup:language')} value={choice} onChange={(language) => setChoice(language ?? 'en')} />
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
