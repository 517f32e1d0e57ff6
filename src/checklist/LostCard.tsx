import { useTranslation } from '../i18n/use-translation';
import type { TKey } from '../i18n/resources';
import { HOTLINES, LOST_CARD_NOTES } from '../journey/hotlines';
import type { Profile } from '../journey/profile';
import { CounterLinks } from './CounterLinks';

/** What to do when the card is lost, and the official help lines with their languages and hours. */
/** The visits after a loss, in the order they are made. */
const LOSS_VISITS = ['police-report', 'reissue', 'lift-suspension'];

export function LostCard({ profile }: { profile: Profile }) {
  const t = useTranslation();
  return (
    <details class="lost" data-lost-card="">
      <summary>{t('journey:lost.title')}</summary>
      <p>{t('journey:lost.what')}</p>
      <ul class="lost__notes">
        {LOST_CARD_NOTES.map((note) => (
          <li key={note.id} data-lost-note={note.id}>
            {t(`journey:lost.${note.id}` as TKey)}
          </li>
        ))}
      </ul>
      <ul class="hotlines">
        {HOTLINES.map((line) => (
          <li key={line.id} data-hotline={line.id}>
            <a href={`tel:${line.number.replaceAll('-', '')}`} class="hotline__number">
              {line.number}
            </a>
            <span class="hotline__name">{t(`journey:hotlines.${line.id}.name` as TKey)}</span>
            <span class="hotline__hours">{t(`journey:hotlines.${line.id}.hours` as TKey)}</span>
          </li>
        ))}
      </ul>
      <p class="lost__abroad">{t('journey:lost.abroad')}</p>
      <CounterLinks visits={LOSS_VISITS} profile={profile} />
    </details>
  );
}
