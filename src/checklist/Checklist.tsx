import { useRef, useState } from 'preact/hooks';
import { useTranslation } from '../i18n/use-translation';
import { dueAlerts } from '../alerts/plan-alerts';
import { dismissAlert, setKeyDate, setProfile, setStepDone } from '../journey/journey-actions';
import type { JourneyState } from '../journey/journey-state';
import type { ChecklistStepId } from '../journey/steps';
import { progressOf, visibleSteps } from '../journey/visible-steps';
import { DueAlerts } from './DueAlerts';
import { LostCard } from './LostCard';
import { ProfileForm } from './ProfileForm';
import { StepItem } from './StepItem';
import type { JourneyChange } from './use-journey';

interface ChecklistProps {
  state: JourneyState;
  change: (fn: JourneyChange) => void;
  now: Date;
  language: string;
}

/** The user's journey: what is due, progress, every step that applies to them, and help if the card is lost. */
export function Checklist({ state, change, now, language }: ChecklistProps) {
  const t = useTranslation();
  const steps = visibleSteps(state.profile);
  const progress = progressOf(steps, state.done);
  const [expanded, setExpanded] = useState<ReadonlySet<ChecklistStepId>>(new Set());
  const headingRef = useRef<HTMLHeadingElement>(null);
  const toggleExpanded = (id: ChecklistStepId) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <>
      <DueAlerts
        alerts={dueAlerts(state, now)}
        now={now}
        language={language}
        onDismiss={(id) => change((s) => dismissAlert(s, id))}
        onEmptied={() => headingRef.current?.focus()}
      />
      <section class="checklist" aria-labelledby="checklist-heading" data-checklist="">
        <div class="checklist__head">
          <h2 id="checklist-heading" tabIndex={-1} ref={headingRef}>
            {t('popup:checklistHeading')}
          </h2>
          <p class="progress-text" data-progress="" aria-live="polite">
            {t('popup:checklist.progress', { done: progress.done, total: progress.total })}
          </p>
        </div>
        <progress max={progress.total} value={progress.done} aria-hidden="true" />
        {progress.next === null && <p class="all-done">{t('popup:checklist.allDone')}</p>}
        <ol>
          {steps.map((step, index) => (
            <StepItem
              key={step.id}
              step={step}
              number={index + 1}
              doneOn={state.done[step.id]}
              isNext={progress.next === step.id}
              expanded={expanded.has(step.id)}
              language={language}
              profile={state.profile}
              dates={state.dates}
              onToggleDone={(done) => change((s) => setStepDone(s, step.id, done))}
              onToggleExpanded={() => toggleExpanded(step.id)}
              onApplyMethod={(applyMethod) => change((s) => setProfile(s, { applyMethod }))}
              onDate={(date, value) => change((s) => setKeyDate(s, date, value))}
            />
          ))}
        </ol>
      </section>
      <ProfileForm profile={state.profile} onChange={(patch) => change((s) => setProfile(s, patch))} />
      <LostCard profile={state.profile} />
    </>
  );
}
