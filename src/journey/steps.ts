import type { PageId } from '../sites/page-ids';
import type { KeyDateId } from './key-dates';
import { holdsSpecifiedCard as specifiedCard, keepsTwoCards as twoCards, type ApplyMethod, type Profile } from './profile';

/** Something the step tells the user, with where it comes from (domain.md §9 keys). */
export interface Fact {
  id: string;
  sources: readonly string[];
  /** When the fact concerns this user; always when absent. */
  appliesTo?: (profile: Profile) => boolean;
  /** Its sources are all non-official sites: the user is told so (a test keeps this in step with the registry). */
  unofficial?: true;
}

/** An official page the step links to; `lang` is the language of the page itself. */
export interface StepLink extends Fact {
  url: string;
  lang: 'en' | 'ja';
}

export const CHECKLIST_STEP_IDS = [
  'register-address',
  'receive-notice',
  'apply',
  'wait-for-card',
  'prepare-pickup',
  'pickup',
  'use-insurance',
  'use-konbini',
  'use-etax',
  'extend-validity',
  'move',
  'renew',
  'leave-japan',
] as const;

export type ChecklistStepId = (typeof CHECKLIST_STEP_IDS)[number];

/**
 * One step of the checklist. Its English texts are in locales/en/journey.json under `steps.<id>`
 * (title, what, where, and duration when it has one), `bring.<fact id>`, `pitfalls.<fact id>` and
 * `links.<link id>`.
 */
export interface ChecklistStep {
  id: ChecklistStepId;
  /** Sources of the step's title, what and where texts. */
  sources: readonly string[];
  /** Sources of its usual duration, when the step says how long it takes. */
  duration?: readonly string[];
  bring?: readonly Fact[];
  pitfalls?: readonly Fact[];
  links?: readonly StepLink[];
  /** A date the step asks for, so reminders can come in time. */
  dates?: readonly KeyDateId[];
  /** When the step applies; always when absent. */
  appliesTo?: (profile: Profile) => boolean;
  /**
   * Where its title, what and where texts are, when they depend on the user: `steps.<the id returned>`.
   * The step's id otherwise.
   */
  textsFor?: (profile: Profile) => string;
}

/** The texts' id of a step for this user. */
export function stepTextId(step: ChecklistStep, profile: Profile): string {
  return step.textsFor?.(profile) ?? step.id;
}

/** The facts of a list that concern this user. */
export function factsFor(facts: readonly Fact[] | undefined, profile: Profile): readonly Fact[] {
  return (facts ?? []).filter((fact) => fact.appliesTo?.(profile) ?? true);
}

const beforeTheCard = (profile: Profile) => !profile.hasCard;

export const CHECKLIST_STEPS: readonly ChecklistStep[] = [
  {
    id: 'register-address',
    sources: ['S9', 'S92'],
    appliesTo: beforeTheCard,
  },
  {
    id: 'receive-notice',
    sources: ['S9', 'S10', 'S86'],
    duration: ['S9', 'S10'],
    pitfalls: [
      { id: 'registered-mail', sources: ['S86', 'S9'] },
      { id: 'notice-not-id', sources: ['S9', 'S10'] },
      { id: 'keep-form', sources: ['S7', 'S125'] },
    ],
    links: [{ id: 'jlis-notice', url: 'https://www.kojinbango-card.go.jp/en-tsuchicard/', lang: 'en', sources: ['S9'] }],
    appliesTo: beforeTheCard,
  },
  {
    id: 'apply',
    sources: ['S1', 'S2', 'S7'],
    bring: [
      { id: 'application-form', sources: ['S7', 'S20'] },
      { id: 'photo', sources: ['S3', 'S4'] },
    ],
    pitfalls: [
      { id: 'photo-rules', sources: ['S1', 'S3', 'S4', 'S20'] },
      { id: 'renew-stay-first', sources: ['S49', 'S91'] },
      { id: 'details-changed', sources: ['S126', 'S7'] },
      { id: 'email-missing', sources: ['S20'], unofficial: true },
    ],
    links: [
      { id: 'jlis-english', url: 'https://www.kojinbango-card.go.jp/en/', lang: 'en', sources: ['S1'] },
      { id: 'photo-rules', url: 'https://www.kojinbango-card.go.jp/en-kofushinse-checkpoint/', lang: 'en', sources: ['S3'] },
    ],
    dates: ['applied'],
    appliesTo: beforeTheCard,
  },
  {
    id: 'wait-for-card',
    sources: ['S1', 'S23', 'S80', 'S77', 'S78'],
    duration: ['S1', 'S23', 'S80'],
    pitfalls: [{ id: 'postcard-not-forwarded', sources: ['S78'] }],
    appliesTo: beforeTheCard,
  },
  {
    id: 'prepare-pickup',
    sources: ['S27', 'S80', 'S28', 'S34', 'S74'],
    pitfalls: [{ id: 'pin-lockout', sources: ['S28', 'S29', 'S30', 'S33'] }],
    dates: ['pickupAppointment'],
    appliesTo: beforeTheCard,
  },
  {
    id: 'pickup',
    sources: ['S6', 'S74', 'S78'],
    duration: ['S78'],
    bring: [
      { id: 'postcard', sources: ['S6', 'S74', 'S77'] },
      { id: 'photo-id', sources: ['S6', 'S74', 'S77'] },
      { id: 'notification-card', sources: ['S6', 'S74', 'S77'] },
    ],
    pitfalls: [
      { id: 'in-person', sources: ['S78'] },
      { id: 'children', sources: ['S74'] },
      { id: 'stay-ends-before-pickup', sources: ['S49', 'S91', 'S145'] },
      { id: 'pickup-deadline', sources: ['S145', 'S146', 'S147', 'S148'] },
    ],
    links: [{ id: 'jlis-pickup', url: 'https://www.kojinbango-card.go.jp/en/uketori/', lang: 'en', sources: ['S6'] }],
    dates: ['cardExpiry', 'certExpiry'],
    appliesTo: beforeTheCard,
  },
  {
    id: 'use-insurance',
    sources: ['S53', 'S54', 'S117', 'S56'],
    pitfalls: [
      { id: 'eligibility-notice', sources: ['S55', 'S104'] },
      { id: 'insurance-after-expiry', sources: ['S156', 'S157'] },
      { id: 'eligibility-certificate', sources: ['S158', 'S159'] },
    ],
    links: [
      { id: 'da-insurance', url: 'https://digital.go.jp/en/policies/mynumber/faq-insurance-card', lang: 'en', sources: ['S53'] },
    ],
    appliesTo: (profile) => profile.uses.insurance,
  },
  {
    id: 'use-konbini',
    sources: ['S66', 'S67', 'S68'],
    pitfalls: [{ id: 'pin-lockout', sources: ['S28', 'S29', 'S30', 'S33'] }],
    appliesTo: (profile) => profile.uses.konbini,
  },
  {
    id: 'use-etax',
    sources: ['S35', 'S118'],
    pitfalls: [{ id: 'signature-password', sources: ['S28', 'S35', 'S97', 'S124'] }],
    links: [{ id: 'etax-english', url: 'https://www.e-tax.nta.go.jp/en/', lang: 'en', sources: ['S118'] }],
    appliesTo: (profile) => profile.uses.etax,
  },
  {
    id: 'extend-validity',
    sources: ['S26', 'S43', 'S44', 'S46', 'S47', 'S48', 'S97', 'S141'],
    bring: [
      { id: 'new-residence-card', sources: ['S26', 'S46', 'S141'], appliesTo: twoCards },
      { id: 'card-and-pins', sources: ['S141', 'S142', 'S143'], appliesTo: twoCards },
    ],
    pitfalls: [
      { id: 'not-automatic', sources: ['S26', 'S46', 'S48', 'S141'], appliesTo: twoCards },
      { id: 'before-card-date', sources: ['S138', 'S139'], appliesTo: twoCards },
      { id: 'no-expiry-notice', sources: ['S45'], appliesTo: twoCards },
      { id: 'special-extension', sources: ['S138', 'S139', 'S140'], appliesTo: twoCards },
      { id: 'special-extension-second-visit', sources: ['S138', 'S140', 'S141'], appliesTo: twoCards },
      { id: 'age-limit', sources: ['S141', 'S142', 'S143'] },
      { id: 'lapsed-reissue', sources: ['S26', 'S45', 'S162'] },
      { id: 'specified-card-option', sources: ['S149', 'S150'], appliesTo: twoCards },
      { id: 'specified-card-new', sources: ['S149'], appliesTo: specifiedCard },
    ],
    links: [
      { id: 'da-expiration', url: 'https://www.digital.go.jp/en/policies/mynumber/expiration-date', lang: 'en', sources: ['S42'] },
      { id: 'isa-specified-card', url: 'https://www.moj.go.jp/isa/tokutei.html', lang: 'ja', sources: ['S149'] },
    ],
    dates: ['stayExpiry'],
    appliesTo: (profile) => profile.stay !== 'permanent',
    textsFor: (profile) => (profile.specifiedCard ? 'extend-validity-specified' : 'extend-validity'),
  },
  {
    id: 'move',
    sources: ['S134', 'S135', 'S136', 'S137'],
    bring: [{ id: 'card-and-pin', sources: ['S134', 'S135', 'S136'] }],
    pitfalls: [
      { id: 'move-lapse', sources: ['S134', 'S135', 'S136', 'S137', 'S162'] },
      { id: 'move-online-notice', sources: ['S134', 'S135'] },
      { id: 'move-signature', sources: ['S28', 'S35', 'S134'] },
    ],
    dates: ['movedOn', 'movingInNotice'],
    appliesTo: (profile) => profile.moving,
  },
  {
    id: 'renew',
    sources: ['S42', 'S43', 'S45', 'S1', 'S99', 'S162', 'S164'],
    pitfalls: [
      { id: 'renewal-free', sources: ['S1', 'S162', 'S163'] },
      { id: 'certificates-at-counter', sources: ['S162', 'S164'] },
      { id: 'insurance-after-expiry', sources: ['S156', 'S157'] },
      { id: 'licence-on-card', sources: ['S165', 'S166', 'S167'] },
      { id: 'next-generation-card', sources: ['S175'] },
    ],
    links: [
      { id: 'da-expiration', url: 'https://www.digital.go.jp/en/policies/mynumber/expiration-date', lang: 'en', sources: ['S42'] },
    ],
    dates: ['cardExpiry', 'certExpiry'],
  },
  {
    id: 'leave-japan',
    sources: ['S153', 'S154'],
    pitfalls: [{ id: 'abroad-card-japanese-only', sources: ['S153', 'S155'] }],
    appliesTo: (profile) => profile.leaving,
  },
];

/** The four ways to apply; the apply step shows the chosen one, or all four until one is chosen. */
export const APPLY_METHOD_SOURCES: Readonly<Record<ApplyMethod, readonly string[]>> = {
  smartphone: ['S2', 'S19', 'S20', 'S23'],
  pc: ['S18', 'S2', 'S20'],
  booth: ['S107', 'S108', 'S1'],
  mail: ['S3', 'S4', 'S25'],
};

/** The page whose arrival means a step is done: the offer to tick it appears there. */
export interface CompletionPage {
  site: 'online-application';
  page: PageId;
  step: ChecklistStepId;
  sources: readonly string[];
}

export const COMPLETION_PAGES: readonly CompletionPage[] = [
  { site: 'online-application', page: 'online-complete', step: 'apply', sources: ['S23', 'S2'] },
];
