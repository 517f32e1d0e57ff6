import { useEffect, useState } from 'preact/hooks';
import { useTranslation } from '../i18n/use-translation';
import { LogoMark } from '../ui/icons';
import type { Settings } from '../storage/settings';
import type { JourneyState } from '../journey/journey-state';
import type { VersionedItem } from '../storage/versioned-item';
import { ChecklistTransfer } from './ChecklistTransfer';
import { KeptAsideSection, type KeptAsideStore } from './KeptAsideSection';
import type { downloadText } from './download';
import { LanguageSelect } from '../ui/LanguageSelect';
import { browserLanguage, LANGUAGE_NAMES } from '../i18n/languages';

export interface SettingsStore {
  load(): Promise<Settings>;
  save(patch: Partial<Settings>): Promise<Settings>;
  /** Follows changes made elsewhere (the popup); returns the unsubscribe function. */
  watch?(onChange: (settings: Settings) => void): () => void;
}

type Status = { kind: 'ok' | 'error'; text: string } | null;

interface CheckboxSettingProps {
  id: string;
  label: string;
  hint: string;
  checked: boolean;
  disabled: boolean;
  onChange(checked: boolean): void;
}

/** A switch with its label and a hint that screen readers read with it. */
function CheckboxSetting({ id, label, hint, checked, disabled, onChange }: CheckboxSettingProps) {
  return (
    <div class="setting">
      <input
        id={id}
        type="checkbox"
        name={id}
        checked={checked}
        disabled={disabled}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      <p id={`${id}-hint`} class="hint">
        {hint}
      </p>
    </div>
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

interface OptionsProps {
  store: SettingsStore;
  journey: VersionedItem<JourneyState>;
  keptAside: KeptAsideStore;
  download?: typeof downloadText;
}

export function Options({ store, journey, keptAside, download }: OptionsProps) {
  const t = useTranslation();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<Status>(null);

  useEffect(() => store.watch?.(setSettings), [store]);
  // The tab's title is in the page's language too.
  const title = t('options:title');
  useEffect(() => {
    document.title = title;
  }, [title]);
  useEffect(() => {
    store.load().then(setSettings, (error: unknown) => {
      setStatus({ kind: 'error', text: t('options:loadFailed', { message: messageOf(error) }) });
    });
  }, [store]);

  const update = async (patch: Partial<Settings>) => {
    try {
      setSettings(await store.save(patch));
      setStatus({ kind: 'ok', text: t('options:saved') });
    } catch (error) {
      setStatus({ kind: 'error', text: t('options:saveFailed', { message: messageOf(error) }) });
    }
  };

  return (
    <main class="options">
      <h1>
        <LogoMark size={28} />
        {t('options:title')}
      </h1>
      <section class="card" aria-labelledby="language-section">
        <h2 id="language-section">{t('options:languageSection')}</h2>
        <LanguageSelect
          id="language"
          label={t('options:language')}
          value={settings?.language ?? null}
          disabled={settings === null}
          followBrowser={t('options:followBrowser', { language: LANGUAGE_NAMES[browserLanguage(navigator.languages).language] })}
          onChange={(language) => void update({ language, languageAsked: true })}
        />
        <p class="hint">{t('options:languageHint')}</p>
      </section>
      <section class="card" aria-labelledby="page-section">
        <h2 id="page-section">{t('options:pageSection')}</h2>
        <CheckboxSetting
          id="show-on-pages"
          label={t('options:showOnPages')}
          hint={t('options:showOnPagesHint')}
          checked={settings?.showOnPages ?? false}
          disabled={settings === null}
          onChange={(checked) => void update({ showOnPages: checked })}
        />
        {settings !== null && settings.hiddenReminders.length > 0 && (
          <p class="hidden-reminders" data-hidden-reminders="">
            {t('options:hiddenReminders', { count: settings.hiddenReminders.length })}{' '}
            <button type="button" class="link-button" onClick={() => void update({ hiddenReminders: [] })}>
              {t('options:showReminders')}
            </button>
          </p>
        )}
      </section>
      <section class="card" aria-labelledby="terms-section">
        <h2 id="terms-section">{t('options:termsSection')}</h2>
        <CheckboxSetting
          id="terms"
          label={t('options:terms')}
          hint={t('options:termsHint')}
          checked={settings?.terms ?? false}
          disabled={settings === null}
          onChange={(checked) => void update({ terms: checked })}
        />
        <fieldset class="choice" disabled={settings === null || !settings.terms}>
          <legend>{t('options:termMarks')}</legend>
          {(['all', 'first'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="termMarks"
                value={value}
                checked={settings?.termMarks === value}
                onChange={() => void update({ termMarks: value })}
              />{' '}
              {t(value === 'all' ? 'options:termMarksAll' : 'options:termMarksFirst')}
            </label>
          ))}
        </fieldset>
      </section>
      <ChecklistTransfer journey={journey} download={download} />
      <KeptAsideSection store={keptAside} download={download} />
      <p class="status" role="status" data-kind={status?.kind}>
        {status?.text}
      </p>
      <p class="privacy">{t('options:privacy')}</p>
    </main>
  );
}
