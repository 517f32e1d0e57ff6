import type { FieldGuide } from './types';

/**
 * Every form field MyNa Guide explains: the online application (domain.md §2.1), MyNa Portal sign-in
 * and the public-money account (§1.4, §1.9), the PIN screens (§3.1) and e-Tax's card sign-in (§1.11).
 */
export const FIELD_GUIDES: readonly FieldGuide[] = [
  // Online application, STEP1: both boxes must be ticked [S21][S22].
  { id: 'age-confirmation', sites: ['online-application'], labels: ['15歳以上'], sources: ['S21', 'S22'] },
  { id: 'terms-agreement', sites: ['online-application'], labels: ['利用規約に同意', '利用規約の内容に同意', '同意する'], sources: ['S21', 'S22'] },
  // STEP2.
  { id: 'application-id', sites: ['online-application'], labels: ['申請書ID'], check: 'application-id', sources: ['S2', 'S7', 'S20', 'S24', 'S125'] },
  { id: 'email-contact-name', sites: ['online-application'], labels: ['メール連絡用氏名'], sources: ['S2', 'S20'] },
  { id: 'email-confirmation', sites: ['online-application'], labels: ['メールアドレス(確認用)', 'メールアドレス確認用', 'メールアドレス(確認)', '確認用メールアドレス'], check: 'email-confirmation', sources: ['S20'] },
  { id: 'email', sites: ['online-application'], labels: ['メールアドレス'], check: 'email', sources: ['S2', 'S20'] },
  { id: 'captcha', sites: ['online-application'], labels: ['画像認証', '画像に表示されている文字'], sources: ['S21'] },
  // Applicant-only site.
  { id: 'face-photo', sites: ['online-application'], labels: ['顔写真', 'アップロード'], check: 'photo', sources: ['S1', 'S2', 'S3', 'S4', 'S20', 'G29'] },
  { id: 'birth-date', sites: ['online-application'], labels: ['生年月日'], check: 'date', sources: ['S2', 'S19', 'S103'] },
  { id: 'certificate-choice', sites: ['online-application'], labels: ['電子証明書の発行希望', '電子証明書の発行'], sources: ['S2', 'S28', 'S35', 'S66', 'S97', 'S123'] },
  { id: 'braille-choice', sites: ['online-application'], labels: ['点字表記', '点字'], sources: ['S2'] },
  // MyNa Portal and e-Tax sign-in with the card: the 4-digit user certificate PIN [S112][S113][S35].
  { id: 'user-certificate-pin', sites: ['myna-portal', 'etax'], labels: ['利用者証明用電子証明書', '利用者証明用', '暗証番号(数字4桁)', '数字4桁'], check: 'pin-4', sources: ['S28', 'S29', 'S30', 'S31', 'S32', 'S33', 'S35', 'S36', 'S66', 'S112', 'S113'] },
  { id: 'signature-pin', sites: ['myna-portal', 'etax', 'jpki'], labels: ['署名用電子証明書', '署名用', '6〜16', '6~16', '英数字6'], check: 'signature-pin', sources: ['S28', 'S35', 'S98'] },
  { id: 'card-info-pin', sites: ['myna-portal', 'etax', 'jpki'], labels: ['券面事項入力補助用'], check: 'pin-4', sources: ['S28', 'S31', 'S33', 'S34', 'S58'] },
  { id: 'resident-register-pin', sites: ['myna-portal', 'jpki'], labels: ['住民基本台帳用'], check: 'pin-4', sources: ['S28', 'S31', 'S33', 'S34'] },
  // Public-money receiving account in MyNa Portal [S58][S59].
  { id: 'bank-name', sites: ['myna-portal'], labels: ['金融機関名', '金融機関'], sources: ['S58', 'S59'] },
  { id: 'branch-name', sites: ['myna-portal'], labels: ['支店名'], sources: ['S58', 'S59'] },
  { id: 'account-type', sites: ['myna-portal'], labels: ['口座種別', '預金種別'], sources: ['S58', 'S59'] },
  { id: 'account-number', sites: ['myna-portal'], labels: ['口座番号'], sources: ['S58', 'S59'] },
  { id: 'account-holder-kana', sites: ['myna-portal'], labels: ['口座名義(カナ)', '口座名義人(カナ)', '口座名義'], check: 'katakana', sources: ['S58', 'S59', 'S133'] },
];
