import { useTranslation } from '../i18n/use-translation';
import type { TKey } from '../i18n/resources';
import { isIsoDate, type IsoDate, type KeyDateId } from '../journey/key-dates';

interface KeyDateFieldProps {
  /** Makes the input's id unique when two steps ask for the same date. */
  scope: string;
  date: KeyDateId;
  value: IsoDate | undefined;
  onChange: (value: IsoDate | null) => void;
}

/** One key date: a native date input, so every browser's own picker and keyboard entry work. */
export function KeyDateField({ scope, date, value, onChange }: KeyDateFieldProps) {
  const t = useTranslation();
  const id = `${scope}-date-${date}`;
  const name = t(`journey:dates.${date}` as TKey);
  return (
    <div class="key-date" data-date={date}>
      <label for={id}>{name}</label>
      <div class="key-date__row">
        <input
          id={id}
          type="date"
          min="1900-01-01"
          max="2200-12-31"
          value={value ?? ''}
          onChange={(event) => {
            // A date typed only in part is not a change yet: the stored date stays until it is whole.
            if (event.currentTarget.validity.badInput) return;
            const next = event.currentTarget.value;
            if (next === '') onChange(null);
            else if (isIsoDate(next)) onChange(next);
          }}
        />
        {value !== undefined && (
          <button type="button" class="link-button" onClick={() => onChange(null)} aria-label={t('popup:checklist.clearDate', { date: name })}>
            {t('popup:checklist.clear')}
          </button>
        )}
      </div>
    </div>
  );
}
