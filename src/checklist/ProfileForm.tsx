import { useTranslation } from '../i18n/use-translation';
import type { TKey } from '../i18n/resources';
import { CARD_USES, type Profile } from '../journey/profile';

interface ProfileFormProps {
  profile: Profile;
  onChange: (patch: Partial<Profile>) => void;
}

/** A few questions that decide which steps apply. Answers only: nothing personal is asked. */
export function ProfileForm({ profile, onChange }: ProfileFormProps) {
  const t = useTranslation();
  const stay = profile.stay ?? 'unsure';
  return (
    <details class="profile" data-profile="">
      <summary>{t('popup:profile.heading')}</summary>
      <fieldset>
        <legend>{t('popup:profile.stay')}</legend>
        {(['fixed', 'permanent', 'unsure'] as const).map((value) => (
          <label key={value} class="choice">
            <input
              type="radio"
              name="stay"
              value={value}
              checked={stay === value}
              onChange={() => onChange({ stay: value === 'unsure' ? null : value })}
            />
            {t(`popup:profile.stayOptions.${value}` as TKey)}
          </label>
        ))}
      </fieldset>
      {(['hasCard', 'specifiedCard'] as const).map((flag) => (
        <label key={flag} class="choice">
          <input type="checkbox" data-answer={flag} checked={profile[flag]} onChange={(event) => onChange({ [flag]: event.currentTarget.checked })} />
          {t(`popup:profile.${flag}`)}
        </label>
      ))}
      <fieldset>
        <legend>{t('popup:profile.uses')}</legend>
        {CARD_USES.map((use) => (
          <label key={use} class="choice">
            <input
              type="checkbox"
              checked={profile.uses[use]}
              onChange={(event) => onChange({ uses: { ...profile.uses, [use]: event.currentTarget.checked } })}
            />
            {t(`popup:profile.useOptions.${use}` as TKey)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('popup:profile.comingUp')}</legend>
        {(['moving', 'leaving'] as const).map((flag) => (
          <label key={flag} class="choice">
            <input type="checkbox" data-answer={flag} checked={profile[flag]} onChange={(event) => onChange({ [flag]: event.currentTarget.checked })} />
            {t(`popup:profile.${flag}`)}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
