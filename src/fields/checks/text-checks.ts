/**
 * Checks of what a user types into an official form. They read the value in memory and return
 * findings; they never keep, send or change it, and a finding never repeats the value (it may be a PIN).
 */

/** One finding, as a message key in locales/<language>/fields.json `checks.*` with its variables. */
export interface Finding {
  key: string;
  level: 'ok' | 'problem' | 'note';
  vars?: Record<string, number | string>;
}

const FULL_WIDTH_DIGIT = /[\uff10-\uff19]/;
const FULL_WIDTH_ASCII = /[\uff01-\uff5e]/;
const SPACE = /[\s\u3000]/;
const HYPHEN = /[-\u2010-\u2015\u2212\u30fc\uff0d]/;

/** 申請書ID: 23 half-width digits (domain.md §2.1 [S20][S2][S24]). */
export const APPLICATION_ID_DIGITS = 23;

export function checkApplicationId(value: string): Finding[] {
  if (value === '') return [];
  const findings: Finding[] = [];
  if (FULL_WIDTH_DIGIT.test(value)) findings.push({ key: 'fullWidthDigits', level: 'problem' });
  if (SPACE.test(value)) findings.push({ key: 'spaces', level: 'problem' });
  if (HYPHEN.test(value)) findings.push({ key: 'hyphens', level: 'problem' });
  const normalized = value.normalize('NFKC');
  if (/[^\d\s\u3000\-‐-―−ー－]/.test(normalized)) findings.push({ key: 'notDigits', level: 'problem' });
  const digits = normalized.replace(/\D/g, '').length;
  if (digits < APPLICATION_ID_DIGITS) findings.push({ key: 'digitsMissing', level: 'problem', vars: { count: APPLICATION_ID_DIGITS - digits } });
  if (digits > APPLICATION_ID_DIGITS) findings.push({ key: 'digitsExtra', level: 'problem', vars: { count: digits - APPLICATION_ID_DIGITS } });
  if (findings.length === 0) findings.push({ key: 'applicationIdOk', level: 'ok' });
  return findings;
}

const EMAIL_SHAPE = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export function checkEmail(value: string): Finding[] {
  if (value === '') return [];
  const findings: Finding[] = [];
  if (FULL_WIDTH_ASCII.test(value) || value.includes('\u3000')) findings.push({ key: 'fullWidthCharacters', level: 'problem' });
  if (value !== value.trim()) findings.push({ key: 'spaces', level: 'problem' });
  if (!EMAIL_SHAPE.test(value.trim().normalize('NFKC'))) findings.push({ key: 'emailShape', level: 'problem' });
  if (findings.length === 0) findings.push({ key: 'emailOk', level: 'ok' });
  return findings;
}

export function checkEmailConfirmation(value: string, original: string | null): Finding[] {
  if (value === '') return [];
  const findings = checkEmail(value).filter((f) => f.level !== 'ok');
  if (original !== null && original !== '' && value !== original) findings.push({ key: 'emailMismatch', level: 'problem' });
  if (findings.length === 0) findings.push({ key: 'emailConfirmed', level: 'ok' });
  return findings;
}

/** The three 4-digit PINs: 4 digits; 3 wrong tries in a row lock it (domain.md §3.1 [S28][S35]). */
export const PIN4_TRIES = 3;
/** The signature certificate PIN: 6–16 of A–Z and 0–9 with both; 5 wrong tries lock it [S28][S35][S98]. */
export const SIGNATURE_PIN_TRIES = 5;

export function checkPin4(value: string): Finding[] {
  if (value === '') return [];
  const findings: Finding[] = [];
  if (FULL_WIDTH_DIGIT.test(value)) findings.push({ key: 'fullWidthDigits', level: 'problem' });
  const normalized = value.normalize('NFKC');
  if (/\D/.test(normalized)) findings.push({ key: 'pinDigitsOnly', level: 'problem' });
  const digits = normalized.replace(/\D/g, '').length;
  if (digits !== 4) findings.push({ key: 'pinFourDigits', level: 'problem', vars: { count: digits } });
  findings.push({ key: 'pinLock', level: 'note', vars: { count: PIN4_TRIES } });
  return findings;
}

export function checkSignaturePin(value: string): Finding[] {
  if (value === '') return [];
  const findings: Finding[] = [];
  if (FULL_WIDTH_ASCII.test(value)) findings.push({ key: 'fullWidthCharacters', level: 'problem' });
  const normalized = value.normalize('NFKC');
  if (/[a-z]/.test(normalized)) findings.push({ key: 'lowercaseBecomesUppercase', level: 'note' });
  const upper = normalized.toUpperCase();
  if (/[^A-Z0-9]/.test(upper)) findings.push({ key: 'signaturePinCharacters', level: 'problem' });
  if (upper.length < 6 || upper.length > 16) findings.push({ key: 'signaturePinLength', level: 'problem', vars: { count: upper.length } });
  if (!/[A-Z]/.test(upper) || !/[0-9]/.test(upper)) findings.push({ key: 'signaturePinMix', level: 'problem' });
  findings.push({ key: 'pinLock', level: 'note', vars: { count: SIGNATURE_PIN_TRIES } });
  return findings;
}

const HALF_WIDTH_KATAKANA = /[\uff66-\uff9f]/;
const HIRAGANA = /[\u3041-\u3096]/;
const NOT_KANA = /[^\u30a0-\u30ff\uff66-\uff9f\u3041-\u3096\s\u3000・ー]/;

/** Fields that ask for カナ: full-width katakana, the usual form on Japanese e-forms [S133] (generic rule). */
export function checkKatakana(value: string): Finding[] {
  if (value === '') return [];
  const findings: Finding[] = [];
  if (HALF_WIDTH_KATAKANA.test(value)) findings.push({ key: 'halfWidthKatakana', level: 'note' });
  if (HIRAGANA.test(value)) findings.push({ key: 'hiraganaNotKatakana', level: 'problem' });
  if (NOT_KANA.test(value)) findings.push({ key: 'notKatakana', level: 'problem' });
  if (findings.length === 0) findings.push({ key: 'katakanaOk', level: 'ok' });
  return findings;
}
