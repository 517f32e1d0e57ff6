import { useTranslation } from '../i18n/use-translation';
import type { TKey } from '../i18n/resources';
import type { IsoDate, KeyDateId } from '../journey/key-dates';
import type { ApplyMethod, Profile } from '../journey/profile';
import { stepTextId, type ChecklistStep } from '../journey/steps';
import { formatDay } from './format-date';
import { StepDetails } from './StepDetails';

interface StepItemProps {
  step: ChecklistStep;
  number: number;
  doneOn: IsoDate | undefined;
  isNext: boolean;
  expanded: boolean;
  language: string;
  profile: Profile;
  dates: Partial<Record<KeyDateId, IsoDate>>;
  onToggleDone: (done: boolean) => void;
  onToggleExpanded: () => void;
  onApplyMethod: (method: ApplyMethod | null) => void;
  onDate: (date: KeyDateId, value: IsoDate | null) => void;
}

/** One step: a native checkbox with the step's title as its label, and a button that shows the details. */
export function StepItem(props: StepItemProps) {
  const { step, number, doneOn, isNext, expanded, language } = props;
  const t = useTranslation();
  const checkboxId = `step-${step.id}`;
  const detailsId = `step-${step.id}-details`;
  const title = t(`journey:steps.${stepTextId(step, props.profile)}.title` as TKey);
  const classes = ['step', doneOn ? 'step--done' : '', isNext ? 'step--next' : ''].filter(Boolean).join(' ');
  return (
    <li class={classes} data-step={step.id} aria-current={isNext ? 'step' : undefined}>
      <div class="step__row">
        <span class="step__number" aria-hidden="true">
          {number}
        </span>
        <input
          id={checkboxId}
          type="checkbox"
          class="step__check"
          checked={doneOn !== undefined}
          onChange={(event) => props.onToggleDone(event.currentTarget.checked)}
          aria-describedby={doneOn || isNext ? `${checkboxId}-state` : undefined}
        />
        <label for={checkboxId} class="step__title">
          {title}
        </label>
        <button
          type="button"
          class="step__expand"
          aria-expanded={expanded}
          aria-controls={expanded ? detailsId : undefined}
          // One name whether open or closed; aria-expanded says which.
          aria-label={t('popup:checklist.details', { step: title })}
          onClick={props.onToggleExpanded}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
          </svg>
        </button>
      </div>
      {(doneOn || isNext) && (
        <p class="step__state" id={`${checkboxId}-state`}>
          {doneOn ? t('popup:checklist.doneOn', { date: formatDay(doneOn, language) }) : t('popup:checklist.next')}
        </p>
      )}
      {expanded && (
        <StepDetails
          step={step}
          id={detailsId}
          profile={props.profile}
          language={language}
          dates={props.dates}
          onApplyMethod={props.onApplyMethod}
          onDate={props.onDate}
        />
      )}
    </li>
  );
}
