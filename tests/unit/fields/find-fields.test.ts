import { describe, expect, it } from 'vitest';
import { FIELD_GUIDES } from '../../../src/knowledge/fields';
import { labelTextOf } from '../../../src/fields/field-label';
import { findFields, matchField } from '../../../src/fields/match-field';
import type { SiteId } from '../../../src/sites/types';
import { fixtureBody } from '../../support/fixtures';

const load = (file: string) => new DOMParser().parseFromString(fixtureBody(file).toString('utf8'), 'text/html');
const found = (doc: ParentNode, site: SiteId) =>
  findFields(doc, site, FIELD_GUIDES).map(({ control, guide }) => [control.getAttribute('name') ?? control.id, guide.id]);
const guideFor = (markup: string, site: SiteId = 'online-application') => {
  const doc = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
  const control = doc.querySelector<HTMLElement>('[data-control]')!;
  return matchField(labelTextOf(control), FIELD_GUIDES.filter((g) => g.sites.includes(site)))?.id ?? null;
};

describe('fields on the fixture forms, by their labels', () => {
  it('STEP1 checkboxes in a definition list', () => {
    expect(found(load('online-terms.html'), 'online-application')).toEqual([
      ['ageCheck', 'age-confirmation'],
      ['kiyakuDoui', 'terms-agreement'],
    ]);
  });

  it('STEP2 in a table of th and td, the confirmation address before the address', () => {
    expect(found(load('online-email.html'), 'online-application')).toEqual([
      ['shinseishoId', 'application-id'],
      ['mailRenrakuShimei', 'email-contact-name'],
      ['mailAddress', 'email'],
      ['mailAddressKakunin', 'email-confirmation'],
      ['gazoNinsho', 'captcha'],
    ]);
  });

  it('the photo upload with its label split by spans and line breaks', () => {
    expect(found(load('online-photo.html'), 'online-application')).toEqual([['kaoShashinFile', 'face-photo']]);
  });

  it('the details screen: three selects for the birth date and two radio groups', () => {
    expect(found(load('online-details.html'), 'online-application')).toEqual([
      ['birthYear', 'birth-date'],
      ['birthMonth', 'birth-date'],
      ['birthDay', 'birth-date'],
      ['denshiShomeishoKibo', 'certificate-choice'],
      ['denshiShomeishoKibo', 'certificate-choice'],
      ['tenjiHyokiKibo', 'braille-choice'],
      ['tenjiHyokiKibo', 'braille-choice'],
    ]);
  });

  it('the old MyNa Portal login, with ruby in its label', () => {
    expect(found(load('portal-legacy-login.html'), 'myna-portal')).toEqual([['pinNo', 'user-certificate-pin']]);
  });

  it('the public-money account form of the newer portal', () => {
    expect(found(load('portal-public-money.html'), 'myna-portal')).toEqual([
      ['bankName', 'bank-name'],
      ['branchName', 'branch-name'],
      ['accountType', 'account-type'],
      ['accountNumber', 'account-number'],
      ['accountHolderKana', 'account-holder-kana'],
    ]);
  });

  it('only the site’s own fields: the online application has no PIN fields', () => {
    expect(found(load('portal-legacy-login.html'), 'online-application')).toEqual([]);
  });
});

describe('label association on each layout', () => {
  it.each([
    ['label for', '<label for="x">申請書ID</label><input id="x" data-control>'],
    ['wrapping label', '<label>申請書ＩＤ（半角数字２３桁）<input data-control></label>'],
    ['aria-labelledby', '<span id="l1">申請書</span><span id="l2">ID</span><input aria-labelledby="l1 l2" data-control>'],
    ['aria-label', '<input aria-label="申請書ID" data-control>'],
    ['table row', '<table><tr><th>申請書ID<span>必須</span></th><td><input data-control></td></tr></table>'],
    ['table row with a cell between', '<table><tr><th>申請書ID</th><td>※</td><td><input data-control></td></tr></table>'],
    ['definition list', '<dl><dt>申請書<br>ID</dt><dd><input data-control></dd></dl>'],
    ['text just before', '<div><p>申請書ID　<small>半角数字23桁</small></p><input data-control></div>'],
    ['text before the parent', '<p>申請書ID</p><div><input data-control></div>'],
    ['placeholder only', '<input placeholder="申請書ID（23桁）" data-control>'],
    ['title only', '<input title="申請書ID" data-control>'],
  ])('%s', (_layout, markup) => {
    expect(guideFor(markup)).toBe('application-id');
  });

  it('leaves ruby readings out and ignores ids and class names', () => {
    expect(guideFor('<label for="p"><ruby>利用者証明用<rt>りようしゃしょうめいよう</rt></ruby>電子証明書の暗証番号</label><input id="p" data-control>', 'myna-portal')).toBe('user-certificate-pin');
    expect(guideFor('<input id="shinseishoId" class="applicationId" name="application-id" data-control>')).toBeNull();
  });

  it('prefers the longest label: the confirmation field is not the address field', () => {
    expect(guideFor('<label>メールアドレス（確認用）<input data-control></label>')).toBe('email-confirmation');
    expect(guideFor('<label>メール連絡用氏名<input data-control></label>')).toBe('email-contact-name');
  });
});
