import { useTranslation } from '../i18n/use-translation';
import { LogoMark } from '../ui/icons';
import { ChecklistShell } from '../checklist/ChecklistShell';

interface PopupProps {
  onOpenSettings: () => void;
}

export function Popup({ onOpenSettings }: PopupProps) {
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
