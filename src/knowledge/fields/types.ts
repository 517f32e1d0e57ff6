import type { SiteId } from '../../sites/types';

/** The local check a field gets, if any (src/fields/checks/). */
export type FieldCheckId = 'application-id' | 'email' | 'email-confirmation' | 'pin-4' | 'signature-pin' | 'katakana' | 'date' | 'photo';

/**
 * A field of an official form. It is recognized by the text of its label, never by ids or class
 * names, so a redesign of the page does not silently break it. Its English texts are in
 * locales/<language>/fields.json under `fields.<id>`.
 */
export interface FieldGuide {
  id: string;
  /** The sites whose forms have this field. */
  sites: readonly SiteId[];
  /** Label text that names the field, normalized (NFKC, no white space) before matching; longest wins. */
  labels: readonly string[];
  check?: FieldCheckId;
  /** Source keys in domain.md §9. */
  sources: readonly string[];
}
