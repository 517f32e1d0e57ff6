import { PHOTO_RULES } from '../fields/checks/photo';

/**
 * The fees, sizes and pixels the texts state. Texts do not write them: they say `{{reissueFee, number}}`
 * and each language's own number format writes them (1,000 in English, 1.000 in Portuguese and
 * Indonesian, 4,5 cm in Spanish and Vietnamese). Both translators fill them in wherever a text asks.
 */
export const FACT_NUMBERS = {
  /** Reissue through your own fault: loss, damage, a lapsed card (§3.4, §8b.7) [S1][S162][S163]. */
  reissueFee: 1000,
  reissueCardFee: 800,
  reissueCertFee: 200,
  /** Expedited reissue, with and without the certificates (§8b.9) [S50][S51][S170]. */
  expeditedFee: 2000,
  expeditedCardFee: 1800,
  /** The photo on a paper application, in cm (§2.2) [S3][S4]. */
  photoHeightCm: 4.5,
  photoWidthCm: 3.5,
  /** The online photo file (§2.2) [S3][S20]. */
  photoMinKb: PHOTO_RULES.minBytes / 1024,
  photoMaxMb: PHOTO_RULES.maxBytes / (1024 * 1024),
  photoMinPx: PHOTO_RULES.minSide,
  photoMaxPx: PHOTO_RULES.maxSide,
  /** MyNa Point, now ended: up to ¥20,000, ¥5,000 of it for top-ups [S62][S63]. */
  mynaPointMax: 20000,
  mynaPointTopUp: 5000,
} as const;

export type FactNumber = keyof typeof FACT_NUMBERS;
