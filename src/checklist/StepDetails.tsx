import { useTranslation } from '../i18n/use-translation';
import type { TKey } from '../i18n/resources';
import type { IsoDate, KeyDateId } from '../journey/key-dates';
import { APPLY_METHODS, type ApplyMethod, type Profile } from '../journey/profile';
import { factsFor, stepTextId, type ChecklistStep, type Fact } from '../journey/steps';
import { KeyDateField } from './KeyDateField';
import { StepSources } from './StepSources';
import { JapaneseText } from '../ui/JapaneseText';
import { CounterLinks } from './CounterLinks';

interface StepDetailsProps {
  step: ChecklistStep;
  id: string;
  profile: Profile;
  language: string;
  dates: Partial<Record<KeyDateId, IsoDate>>;
  onApplyMethod: (method: ApplyMethod | null) => void;
  onDate: (date: KeyDateId, value: IsoDate | null) => void;
}

/** What a step takes: what to do, where, how long, what to bring, the pitfalls, its dates and links. */
export function StepDetails({ step, id, profile, language, dates, onApplyMethod, onDate }: StepDetailsProps) {
  const t = useTranslation();
  const textId = stepTextId(step, profile);
  const text = (key: string) => t(`journey:steps.${textId}.${key}` as TKey);
  const applyMethod = profile.applyMethod;
  const methods = step.id === 'apply' ? (applyMethod ? [applyMethod] : APPLY_METHODS) : [];
  const bring = factsFor(step.bring, profile);
  const pitfalls = factsFor(step.pitfalls, profile);
  // A fact that rests on no official or municipal page says so (marked in the data, checked by a test).
  const item = (kind: 'bring' | 'pitfalls', fact: Fact) => (
    <li key={fact.id} data-fact={fact.id}>
      <JapaneseText text={t(`journey:${kind}.${fact.id}` as TKey)} />
      {fact.unofficial && <span class="fact__unofficial"> {t('popup:checklist.unofficial')}</span>}
    </li>
  );
  return (
    <div class="step__details" id={id}>
      <p>
        <JapaneseText text={text('what')} />
      </p>
      <dl class="step__facts">
        <dt>{t('popup:checklist.where')}</dt>
        <dd>
          <JapaneseText text={text('where')} />
        </dd>
        {step.duration && (
          <>
            <dt>{t('popup:checklist.howLong')}</dt>
            <dd>
              <JapaneseText text={text('duration')} />
            </dd>
          </>
        )}
      </dl>
      {step.id === 'apply' && (
        <div class="step__methods">
          <label for="apply-method">{t('popup:checklist.howApply')}</label>
          <select
            id="apply-method"
            value={applyMethod ?? ''}
            onChange={(event) => onApplyMethod((event.currentTarget.value || null) as ApplyMethod | null)}
          >
            <option value="">{t('popup:checklist.notChosen')}</option>
            {APPLY_METHODS.map((method) => (
              <option value={method} key={method}>
                {t(`journey:methods.${method}.name` as TKey)}
              </option>
            ))}
          </select>
          {methods.map((method) => (
            <p key={method} data-method={method}>
              <strong>{t(`journey:methods.${method}.name` as TKey)}: </strong>
              <JapaneseText text={t(`journey:methods.${method}.what` as TKey)} />
            </p>
          ))}
        </div>
      )}
      {bring.length > 0 && (
        <>
          <h3>{t('popup:checklist.bring')}</h3>
          <ul>{bring.map((fact) => item('bring', fact))}</ul>
        </>
      )}
      {pitfalls.length > 0 && (
        <>
          <h3>{t('popup:checklist.pitfalls')}</h3>
          <ul class="step__pitfalls">{pitfalls.map((fact) => item('pitfalls', fact))}</ul>
        </>
      )}
      {step.dates && (
        <div class="step__dates">
          {step.dates.map((date) => (
            <KeyDateField key={date} scope={step.id} date={date} value={dates[date]} onChange={(value) => onDate(date, value)} />
          ))}
        </div>
      )}
      <CounterLinks step={step.id} profile={profile} />
      {step.links && (
        <ul class="step__links">
          {step.links.map((link) => (
            <li key={link.id}>
              <a href={link.url} target="_blank" rel="noreferrer">
                {t(`journey:links.${link.id}` as TKey)}
              </a>
            </li>
          ))}
        </ul>
      )}
      <StepSources keys={[...step.sources, ...(step.duration ?? []), ...bring.flatMap((f) => f.sources), ...pitfalls.flatMap((f) => f.sources)]} language={language} />
    </div>
  );
}
