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
  /**
   * The residence card is also the My Number Card (特定在留カード, since 14 June 2026): it is renewed with
   * the residence card at immigration, so the separate extension at the municipal office falls away [S149].
   */
  specifiedCard: boolean;
  /** Moving to another municipality: the moving-in notice and the card's continued use have deadlines [S134]. */
  moving: boolean;
  /** Leaving Japan to live abroad: a foreign national's card ends on the move-out date [S153]. */
  leaving: boolean;
}

/** The residence card is also the My Number Card (特定在留カード). */
export const holdsSpecifiedCard = (profile: Pick<Profile, 'specifiedCard'>) => profile.specifiedCard;
/** A residence card and a separate My Number Card, each renewed at its own office. */
export const keepsTwoCards = (profile: Pick<Profile, 'specifiedCard'>) => !profile.specifiedCard;

export const DEFAULT_PROFILE: Readonly<Profile> = {
  stay: null,
  hasCard: false,
  applyMethod: null,
  uses: { insurance: true, konbini: true, etax: true },
  specifiedCard: false,
  moving: false,
  leaving: false,
};

/** The yes-or-no answers, read and written alike. */
export const PROFILE_FLAGS = ['hasCard', 'specifiedCard', 'moving', 'leaving'] as const;
