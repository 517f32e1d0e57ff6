import { useLanguage, useTranslation } from '../i18n/use-translation';
import type { TabStatus } from '../sites/assess-tab';
import { LogoMark } from '../ui/icons';
import { Checklist } from '../checklist/Checklist';
import { KeptAsideNotice } from '../checklist/KeptAsideNotice';
import type { JourneyChange } from '../checklist/use-journey';
import type { JourneyState } from '../journey/journey-state';
import { TabStatusCard } from './TabStatusCard';
import { LanguagePrompt } from './LanguagePrompt';
import { LanguageSelect } from '../ui/LanguageSelect';
import { isLanguage, type Language } from '../i18n/languages';

interface PopupProps {
  /** What the current tab is; null while it is being read. */
  tabStatus: TabStatus | null;
  language: string;
  onOpenSettings: () => void;
  /** The user's journey; null while it loads. */
  journey: JourneyState | null;
  changeJourney: (fn: JourneyChange) => void;
  /** True when the journey could not be read or saved at all. */
  journeyFailed?: boolean;
  /** How many copies of unreadable data are kept aside. */
  keptAside?: number;
  now?: Date;
  onChooseLanguage?: (language: Language) => void;
  /** Ask once which language to use (a Japanese browser that has not been asked). */
  askLanguage?: boolean;
}

export function Popup({
  tabStatus,
  language,
  onOpenSettings,
  journey,
  changeJourney,
  journeyFailed = false,
  keptAside = 0,
  now = new Date(),
  onChooseLanguage,
  askLanguage = false,
}: PopupProps) {
  const t = useTranslation();
  // The language on screen now: it changes without the popup being opened again.
  const shown = useLanguage() || language;
  return (
    <>
      <header class="popup-header">
        <LogoMark size={28} />
        <div>
          <h1>{t('common:productName')}</h1>
          <p>{t('common:tagline')}</p>
        </div>
      </header>
      <main>
        {askLanguage && onChooseLanguage && <LanguagePrompt onAnswer={onChooseLanguage} />}
        <TabStatusCard status={tabStatus} language={shown} />
        <KeptAsideNotice count={keptAside} onOpenSettings={onOpenSettings} />
        {journeyFailed && (
          <p class="notice notice--error" role="alert">
            {t('popup:saveFailed')}
          </p>
        )}
        {journey ? (
          <Checklist state={journey} change={changeJourney} now={now} language={shown} />
        ) : (
          !journeyFailed && <p class="loading">{t('popup:loading')}</p>
        )}
      </main>
      <footer class="popup-footer">
        {onChooseLanguage && (
          <LanguageSelect id="popup-language" label={t('popup:language')} value={isLanguage(shown) ? shown : 'en'} onChange={(next) => next && onChooseLanguage(next)} />
        )}
        <button type="button" class="link-button" onClick={onOpenSettings}>
          {t('popup:settings')}
        </button>
      </footer>
    </>
  );
}
