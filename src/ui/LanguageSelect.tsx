import { LANGUAGE_NAMES, LANGUAGES, isLanguage, type Language } from '../i18n/languages';

interface LanguageSelectProps {
  id: string;
  label: string;
  /** The language chosen; null follows the browser. */
  value: Language | null;
  /** When given, the first option follows the browser, with this label. */
  followBrowser?: string;
  onChange: (language: Language | null) => void;
  disabled?: boolean;
}

/** A native select of the languages, each in its own name and marked with its language for screen readers. */
export function LanguageSelect({ id, label, value, followBrowser, onChange, disabled = false }: LanguageSelectProps) {
  return (
    <span class="language-select">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        disabled={disabled}
        onChange={(event) => {
          const next = event.currentTarget.value;
          onChange(isLanguage(next) ? next : null);
        }}
      >
        {followBrowser !== undefined && <option value="">{followBrowser}</option>}
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </span>
  );
}
