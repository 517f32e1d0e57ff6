import type { Profile } from './profile';
import { CHECKLIST_STEPS, type ChecklistStep, type ChecklistStepId } from './steps';
import type { IsoDate } from './key-dates';

/** The steps that apply to this user, in journey order. */
export function visibleSteps(profile: Profile, steps: readonly ChecklistStep[] = CHECKLIST_STEPS): readonly ChecklistStep[] {
  return steps.filter((step) => step.appliesTo?.(profile) ?? true);
}

export interface Progress {
  done: number;
  total: number;
  /** The first step not yet done, or null when every step is. */
  next: ChecklistStepId | null;
}

/** n of m, counting only the steps that apply; ticks on hidden steps are kept but not counted. */
export function progressOf(steps: readonly ChecklistStep[], done: Readonly<Partial<Record<ChecklistStepId, IsoDate>>>): Progress {
  const finished = steps.filter((step) => done[step.id] !== undefined).length;
  return { done: finished, total: steps.length, next: steps.find((step) => done[step.id] === undefined)?.id ?? null };
}
