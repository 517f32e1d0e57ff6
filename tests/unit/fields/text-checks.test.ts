// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  checkApplicationId,
  checkEmail,
  checkEmailConfirmation,
  checkKatakana,
  checkPin4,
  checkSignaturePin,
  type Finding,
} from '../../../src/fields/checks/text-checks';

const keys = (findings: Finding[]) => findings.map((f) => f.key);
const ID = '12345678901234567890123';

describe('application ID', () => {
  it('accepts 23 half-width digits', () => expect(keys(checkApplicationId(ID))).toEqual(['applicationIdOk']));
  it('says nothing about an empty field', () => expect(checkApplicationId('')).toEqual([]));
  it('says full-width digits were typed, and still counts them', () => {
    const findings = checkApplicationId('１２３４５６７８９０１２３４５６７８９０１２３');
    expect(keys(findings)).toEqual(['fullWidthDigits']);
  });
  it('names spaces and hyphens and counts only the digits', () => {
    expect(keys(checkApplicationId('1234 5678 9012 3456 7890 123'))).toEqual(['spaces']);
    expect(keys(checkApplicationId('1234-5678-9012-3456-7890-123'))).toEqual(['hyphens']);
    expect(keys(checkApplicationId('1234　5678'))).toEqual(['spaces', 'digitsMissing']);
  });
  it('says how many digits are missing or extra', () => {
    expect(checkApplicationId('1234567890')).toEqual([{ key: 'digitsMissing', level: 'problem', vars: { count: 13 } }]);
    expect(checkApplicationId(`${ID}45`)).toEqual([{ key: 'digitsExtra', level: 'problem', vars: { count: 2 } }]);
    expect(checkApplicationId(ID.slice(0, 22))[0]!.vars).toEqual({ count: 1 });
  });
  it('flags letters', () => expect(keys(checkApplicationId(`${ID.slice(0, 22)}A`))).toEqual(['notDigits', 'digitsMissing']));
  it('never repeats the value in a finding', () => {
    expect(JSON.stringify(checkApplicationId('123456789'))).not.toContain('123456789');
  });
});

describe('e-mail', () => {
  it('accepts a plain address', () => expect(keys(checkEmail('taro@example.co.jp'))).toEqual(['emailOk']));
  it.each([['taro@example'], ['taro.example.com'], ['taro@@example.com'], ['taro@example..com'], ['@example.com']])('rejects %s', (value) => {
    expect(keys(checkEmail(value))).toContain('emailShape');
  });
  it('names full-width characters and stray spaces', () => {
    expect(keys(checkEmail('ｔａｒｏ@example.com'))).toEqual(['fullWidthCharacters']);
    expect(keys(checkEmail('taro@example.com '))).toEqual(['spaces']);
  });
  it('compares the confirmation with the address', () => {
    expect(keys(checkEmailConfirmation('taro@example.com', 'taro@example.com'))).toEqual(['emailConfirmed']);
    expect(keys(checkEmailConfirmation('taro@example.con', 'taro@example.com'))).toEqual(['emailMismatch']);
    expect(keys(checkEmailConfirmation('taro@example.com', null))).toEqual(['emailConfirmed']);
  });
});

describe('PINs', () => {
  it('wants 4 half-width digits for the 4-digit PINs and says how many tries lock it', () => {
    expect(checkPin4('1234')).toEqual([{ key: 'pinLock', level: 'note', vars: { count: 3 } }]);
    expect(keys(checkPin4('123'))).toEqual(['pinFourDigits', 'pinLock']);
    expect(keys(checkPin4('１２３４'))).toEqual(['fullWidthDigits', 'pinLock']);
    expect(keys(checkPin4('12a4'))).toEqual(['pinDigitsOnly', 'pinFourDigits', 'pinLock']);
    expect(checkPin4('12345').find((f) => f.key === 'pinFourDigits')!.vars).toEqual({ count: 5 });
  });
  it('wants 6 to 16 letters and digits, both, for the signature PIN', () => {
    expect(keys(checkSignaturePin('ABC123'))).toEqual(['pinLock']);
    expect(checkSignaturePin('ABC123').at(-1)!.vars).toEqual({ count: 5 });
    expect(keys(checkSignaturePin('AB12'))).toEqual(['signaturePinLength', 'pinLock']);
    expect(keys(checkSignaturePin('A1B2C3D4E5F6G7H8I'))).toEqual(['signaturePinLength', 'pinLock']);
    expect(keys(checkSignaturePin('ABCDEFG'))).toEqual(['signaturePinMix', 'pinLock']);
    expect(keys(checkSignaturePin('1234567'))).toEqual(['signaturePinMix', 'pinLock']);
    expect(keys(checkSignaturePin('abc123'))).toEqual(['lowercaseBecomesUppercase', 'pinLock']);
    expect(keys(checkSignaturePin('ABC-123'))).toEqual(['signaturePinCharacters', 'pinLock']);
    expect(keys(checkSignaturePin('ＡＢＣ１２３'))).toEqual(['fullWidthCharacters', 'pinLock']);
  });
  it('accepts the limits exactly', () => {
    expect(keys(checkSignaturePin('A12345'))).toEqual(['pinLock']);
    expect(keys(checkSignaturePin('A123456789012345'))).toEqual(['pinLock']);
  });
  it('never repeats a PIN in a finding', () => {
    expect(JSON.stringify([...checkPin4('9876'), ...checkSignaturePin('SECRET42')])).not.toMatch(/9876|SECRET42/);
  });
});

describe('katakana', () => {
  it('accepts full-width katakana with spaces and long marks', () => expect(keys(checkKatakana('ヤマダ　タロー'))).toEqual(['katakanaOk']));
  it('notes half-width katakana', () => expect(keys(checkKatakana('ﾔﾏﾀﾞ'))).toEqual(['halfWidthKatakana']));
  it('flags hiragana and other scripts', () => {
    expect(keys(checkKatakana('やまだ'))).toEqual(['hiraganaNotKatakana']);
    expect(keys(checkKatakana('YAMADA'))).toEqual(['notKatakana']);
    expect(keys(checkKatakana('山田'))).toEqual(['notKatakana']);
  });
});
