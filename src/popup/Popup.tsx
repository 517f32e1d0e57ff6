import { useTranslation } from '../i18n/use-translation';
import type { TabStatus } from '../sites/assess-tab';
import { LogoMark } from '../ui/icons';
import { ChecklistShell } from '../checklist/ChecklistShell';
import { TabStatusCard } from './TabStatusCard';

interface PopupProps {
  /** What the current tab is; null while it is being read. */
  tabStatus: TabStatus | null;
  language: string;
  onOpenSettings: () => void;
}

export function Popup({ tabStatus, language, onOpenSettings }: PopupProps) {
  const t = useTranslation();
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
        <TabStatusCard status={tabStatus} language={language} />
        <ChecklistShell />
      </main>
      <footer class="popup-footer">
        <button type="button" class="link-button" onClick={onOpenSettings}>
          {t('popup:settings')}
        </button>
      </footer>
    </>
  );
}
