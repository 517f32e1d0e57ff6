import type { RecognizedField } from './match-field';
import { checkApplicationId, checkEmail, checkEmailConfirmation, checkKatakana, checkPin4, checkSignaturePin, type Finding } from './checks/text-checks';
import { checkPhoto, type PhotoCheck } from './checks/photo';

export type FieldFindings = { kind: 'text'; findings: Finding[] } | { kind: 'photo'; checks: PhotoCheck[] } | { kind: 'none' };

/** How much of a chosen photo is read: its headers are at the start. */
const PHOTO_HEAD_BYTES = 1024 * 1024;

const valueOf = (control: HTMLElement) => (control as HTMLInputElement).value ?? '';

/**
 * Runs the field's check on its current value, read here and not kept. For a photo, reads the start of
 * the chosen file locally; nothing is uploaded, and the file input is left as it is.
 */
export async function runCheck(field: RecognizedField, fields: readonly RecognizedField[]): Promise<FieldFindings> {
  const { control, guide } = field;
  switch (guide.check) {
    case 'application-id':
      return { kind: 'text', findings: checkApplicationId(valueOf(control)) };
    case 'email':
      return { kind: 'text', findings: checkEmail(valueOf(control)) };
    case 'email-confirmation': {
      const original = fields.find((f) => f.guide.id === 'email');
      return { kind: 'text', findings: checkEmailConfirmation(valueOf(control), original ? valueOf(original.control) : null) };
    }
    case 'pin-4':
      return { kind: 'text', findings: checkPin4(valueOf(control)) };
    case 'signature-pin':
      return { kind: 'text', findings: checkSignaturePin(valueOf(control)) };
    case 'katakana':
      return { kind: 'text', findings: checkKatakana(valueOf(control)) };
    case 'photo': {
      const file = (control as HTMLInputElement).files?.[0];
      if (!file) return { kind: 'none' };
      const head = new Uint8Array(await file.slice(0, PHOTO_HEAD_BYTES).arrayBuffer());
      return { kind: 'photo', checks: checkPhoto(head, file.size) };
    }
    default:
      return { kind: 'none' };
  }
}
