/**
 * The steps of the My Number Card journey, in order (domain.md §0). Pages name the step they belong to;
 * the checklist builds on the same ids.
 */
export const JOURNEY_STEP_IDS = [
  'register-address', // §0 1: moving-in notification, My Number assigned [S9][S92]
  'receive-notice', // §0 2: Individual Number Notice by registered mail [S9][S10][S86]
  'apply', // §0 3: apply by smartphone, PC, photo booth or mail [S1][S2][S7]
  'apply-online', // §0 4: the online application's steps [S2][S19][S20][S23]
  'wait-for-card', // §0 5: about a month; status inquiry [S1][S23][S80]
  'card-ready', // §0 6: the card-ready postcard [S77][S78][S74]
  'pickup', // §0 7-8: book, decide four PINs, collect in person [S6][S27][S74][S80]
  'use-card', // §0 9: MyNa Portal, health insurance, public-money account, convenience stores, e-Tax [S53][S58][S66][S35]
  'extend-validity', // §0 10: after each visa renewal, extend the card at the municipal office [S26][S46][S47]
  'renew', // §0 11: renew card and certificates [S42][S45]
  'lost-card', // §0 12: suspend, report, reissue [S11][S29][S39]
] as const;

export type JourneyStepId = (typeof JOURNEY_STEP_IDS)[number];
