import { useTranslation } from '../i18n/use-translation';

/** Where the journey checklist lives; it holds no steps until the journey model is in place. */
export function ChecklistShell() {
  const t = useTranslation();
  return (
    <section class="checklist" aria-labelledby="checklist-heading" data-checklist="">
      <h2 id="checklist-heading">{t('popup:checklistHeading')}</h2>
      <p class="empty">{t('popup:checklistEmpty')}</p>
    </section>
  );
}
