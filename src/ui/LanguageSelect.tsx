import { LANGUAGE_NAMES, LANGUAGES, isLanguage, type Language } from '../i18n/languages';

type LanguageSelectProps = ({ label: string; labelledBy?: undefined } | { label?: undefined; labelledBy: string }) & {
  id: string;
  /** The language chosen; null follows the browser. */
  value: Language | null;
  /** When given, the first option follows the browser, with this label. */
  followBrowser?: string;
  onChange: (language: Language | null) => void;
  disabled?: boolean;
};

/** A native select of the languages, each in its own name and marked with its language for screen readers. */
export function LanguageSelect({ id, label, labelledBy, value, followBrowser, onChange, disabled = false }: LanguageSelectProps) {
  return (
    <span class="language-select">
      {label !== undefined && <label for={id}>{label}</label>}
      <select
        id={id}
        aria-labelledby={labelledBy}
        // The chosen language's name is read in that language.
        lang={value ?? undefined}
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
