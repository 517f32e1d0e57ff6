/**
 * What the user tells us about their situation, only to choose which steps apply. Choices only: no
 * names, numbers, addresses or dates of birth.
 */
export const APPLY_METHODS = ['smartphone', 'pc', 'booth', 'mail'] as const;
export type ApplyMethod = (typeof APPLY_METHODS)[number];

export const STAY_KINDS = ['fixed', 'permanent'] as const;
/** A fixed period of stay ends on a date the card expires with; permanent residence does not. */
export type StayKind = (typeof STAY_KINDS)[number];

export const CARD_USES = ['insurance', 'konbini', 'etax'] as const;
export type CardUse = (typeof CARD_USES)[number];

export interface Profile {
  /** null until the user answers: every step that may apply is shown. */
  stay: StayKind | null;
  /** Someone who already has a card starts at using and keeping it. */
  hasCard: boolean;
  applyMethod: ApplyMethod | null;
  /** What the user wants the card for; each shows its own step. */
  uses: Readonly<Record<CardUse, boolean>>;
}

export const DEFAULT_PROFILE: Readonly<Profile> = {
  stay: null,
  hasCard: false,
  applyMethod: null,
  uses: { insurance: true, konbini: true, etax: true },
};
