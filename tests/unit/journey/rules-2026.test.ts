// @vitest-environment node
import { describe, expect, it } from 'vitest';
import journey from '../../../locales/en/journey.json';
import popup from '../../../locales/en/popup.json';
import reminders from '../../../locales/en/reminders.json';
import terms from '../../../locales/en/terms.json';
import { LOST_CARD_NOTES } from '../../../src/journey/hotlines';
import { setKeyDate, setStepDone } from '../../../src/journey/journey-actions';
import { EMPTY_JOURNEY, readJourney } from '../../../src/journey/journey-state';
import { DEFAULT_PROFILE, type Profile } from '../../../src/journey/profile';
import { CHECKLIST_STEPS, factsFor, stepTextId, type ChecklistStepId } from '../../../src/journey/steps';
import { visibleSteps } from '../../../src/journey/visible-steps';
import { interpolate } from '../../../src/i18n/translate';

/** domain.md §8b (December 2026): one test per rule, each failing if its fact were dropped or changed. */
const step = (id: ChecklistStepId) => CHECKLIST_STEPS.find((s) => s.id === id)!;
const ids = (profile: Profile) => visibleSteps(profile).map((s) => s.id);
const pitfall = (id: string) => interpolate((journey.pitfalls as Record<string, string>)[id]!, undefined, 'en');
const factIds = (id: ChecklistStepId, profile: Profile, kind: 'pitfalls' | 'bring' = 'pitfalls') => factsFor(step(id)[kind], profile).map((f) => f.id);
const term = (id: string) => interpolate((terms as Record<string, { explanation: string }>)[id]!.explanation, undefined, 'en');

describe('§8b.1 moving to another municipality', () => {
  const moving = { ...DEFAULT_PROFILE, moving: true };

  it('adds the moving step, with the move and the moving-in notice as key dates, only for someone moving', () => {
    expect(ids(DEFAULT_PROFILE)).not.toContain('move');
    expect(ids(moving)).toEqual(expect.arrayContaining(['move']));
    expect(ids(moving).indexOf('move')).toBe(ids(moving).indexOf('extend-validity') + 1);
    expect(step('move').dates).toEqual(['movedOn', 'movingInNotice']);
    expect(step('move').sources).toEqual(expect.arrayContaining(['S134', 'S135']));
  });

  it('says 14 days from the move, 30 days from the planned move-out, the 4-digit PIN for continued use, and the lapse after 90 days', () => {
    const what = journey.steps.move.what;
    expect(what).toMatch(/within 14 days of moving/);
    expect(what).toMatch(/within 30 days of the planned move-out date/);
    expect(what).toMatch(/4-digit PIN .*continued use \(継続利用\)/);
    expect(pitfall('move-lapse')).toMatch(/within 90 days of the moving-in notice, or you move again before it, the card lapses: a new card costs ¥?1,000/);
    expect(pitfall('move-online-notice')).toContain('転入届の特例');
    expect(factIds('move', moving, 'bring')).toEqual(['card-and-pin']);
  });

  it('unticks the step when a later move is entered: the new office must see the card again', () => {
    let state = setKeyDate({ ...EMPTY_JOURNEY, profile: moving }, 'movedOn', '2027-04-01');
    state = setStepDone(state, 'move', true, new Date(2027, 3, 3));
    expect(setKeyDate(state, 'movedOn', '2028-09-01').done.move).toBeUndefined();
    expect(setKeyDate(state, 'movedOn', '2027-03-30').done.move).toBe('2027-04-03');
  });
});

describe('§8b.2 the special extension', () => {
  const twoCards = { ...DEFAULT_PROFILE, stay: 'fixed' as const };

  it('must be done before the date printed on the My Number Card; after it, only a paid new card', () => {
    expect(pitfall('before-card-date')).toMatch(/before the expiry date printed on your My Number Card.*cannot be extended/);
    expect(journey.steps['extend-validity'].what).toMatch(/before the expiry date printed on your My Number Card/);
  });

  it('accepts the acceptance e-mail of an online application, not only a stamp, and needs a second visit', () => {
    expect(pitfall('special-extension')).toMatch(/在留期間更新許可申請中 or 在留資格変更許可申請中, or, if you applied online, the acceptance e-mail/);
    expect(pitfall('special-extension')).toMatch(/before the expiry date printed on your My Number Card:.*at most 2 months after that expiry date/);
    expect(pitfall('special-extension-second-visit')).toMatch(/go back once your new residence card is issued/);
    expect(journey.bring['new-residence-card']).toMatch(/acceptance e-mail/);
  });

  it('is needed after a change of status too, not past the card’s own age limit, with the 4-digit PIN and at some offices the signature password', () => {
    expect(pitfall('not-automatic')).toMatch(/Renewing your period of stay or changing your status does not extend the card/);
    expect(pitfall('age-limit')).toMatch(/10th birthday after issue, or the 5th if you were under 18/);
    expect(journey.bring['card-and-pins']).toMatch(/4-digit PIN; several offices also ask for the 6–16-character signature password/);
    expect(factIds('extend-validity', twoCards)).toEqual(
      expect.arrayContaining(['not-automatic', 'before-card-date', 'special-extension', 'special-extension-second-visit', 'age-limit']),
    );
  });
});

describe('§8b.3 the pickup deadline', () => {
  it('warns that cards never collected are destroyed and a new application is needed', () => {
    expect(factIds('pickup', DEFAULT_PROFILE)).toContain('pickup-deadline');
    expect(pitfall('pickup-deadline')).toMatch(/contact the office before it: cards never collected are destroyed, and then you must apply again/);
    expect(reminders.reminders['pickup-deadline']).toMatch(/destroyed/);
  });
});

describe('§8b.4 the 特定在留カード', () => {
  const specified = { ...DEFAULT_PROFILE, stay: 'fixed' as const, specifiedCard: true };

  it('is a profile answer, kept in storage and off by default', () => {
    expect(DEFAULT_PROFILE.specifiedCard).toBe(false);
    expect(readJourney({ profile: { specifiedCard: true } }).value.profile.specifiedCard).toBe(true);
    expect(readJourney({ profile: { specifiedCard: 'yes' } }).problems).toEqual([{ path: 'profile.specifiedCard', code: 'wrong-type' }]);
    expect(popup.profile.specifiedCard).toContain('特定在留カード');
  });

  it('turns the extension step into renewing both with the residence card at immigration', () => {
    const extend = step('extend-validity');
    expect(stepTextId(extend, specified)).toBe('extend-validity-specified');
    expect(journey.steps['extend-validity-specified'].what).toMatch(/both your residence card and your My Number Card.*renewed with your residence card.*separate visit to the municipal office .* falls away/);
    expect(journey.steps['extend-validity-specified'].where).toMatch(/immigration/);
    // None of the two-card visit's facts; the card's own age limit still holds.
    expect(factIds('extend-validity', specified)).toEqual(['age-limit', 'lapsed-reissue', 'specified-card-new']);
    expect(factIds('extend-validity', specified, 'bring')).toEqual([]);
  });

  it('offers the choice of one to those with two cards: optional, since 14 June 2026, at immigration or the municipal office', () => {
    const twoCards = { ...DEFAULT_PROFILE, stay: 'fixed' as const };
    expect(stepTextId(step('extend-validity'), twoCards)).toBe('extend-validity');
    expect(factIds('extend-validity', twoCards)).toContain('specified-card-option');
    expect(pitfall('specified-card-option')).toMatch(/Since 14 June 2026 .* optional\. Ask for it at immigration .* or at the municipal office with a notification such as a moving-in notice/);
    expect(step('extend-validity').links!.map((l) => l.url)).toContain('https://www.moj.go.jp/isa/tokutei.html');
    expect(terms['specified-residence-card'].explanation).toMatch(/14 June 2026/);
  });
});

describe('§8b.5 leaving Japan', () => {
  it('is a step for those leaving: the card ends on the move-out date; the card for people abroad is for Japanese nationals only', () => {
    expect(ids(DEFAULT_PROFILE)).not.toContain('leave-japan');
    expect(ids({ ...DEFAULT_PROFILE, leaving: true, hasCard: true }).at(-1)).toBe('leave-japan');
    expect(journey.steps['leave-japan'].what).toMatch(/cancelled on the move-out date/);
    expect(pitfall('abroad-card-japanese-only')).toMatch(/国外転出者向けマイナンバーカード\) is for Japanese nationals only/);
  });
});

describe('§8b.6 health insurance around expiry and loss', () => {
  it('works 3 months after expiry, and a 資格確認書 is there on request when the card is lost, renewed or returned', () => {
    expect(factIds('use-insurance', DEFAULT_PROFILE)).toEqual(expect.arrayContaining(['insurance-after-expiry', 'eligibility-certificate']));
    expect(factIds('renew', DEFAULT_PROFILE)).toContain('insurance-after-expiry');
    expect(pitfall('insurance-after-expiry')).toMatch(/still works as your health insurance card for 3 months/);
    expect(pitfall('eligibility-certificate')).toMatch(/lost, being renewed or returned, or its certificate has expired, ask your health insurer for an eligibility certificate \(資格確認書\)/);
    expect(journey.lost.insurance).toContain('資格確認書');
  });
});

describe('§8b.7 fees', () => {
  it('renewal at the normal expiry is free, even after the date; ¥1,000 only for loss, damage or a lapse; certificates only at the counter', () => {
    expect(pitfall('renewal-free')).toMatch(/free, even if you apply after the date\. ¥?1,000 is charged only for a lost or damaged card, or one that lapsed/);
    expect(pitfall('certificates-at-counter')).toMatch(/only at the municipal counter, not online/);
    expect(journey.steps.renew.what).toMatch(/takes about a month: apply early/);
    expect(JSON.stringify(journey)).not.toMatch(/letting it expire/);
  });
});

describe('§8b.8 the licence on the card', () => {
  it('says an only licence on a reissued card means no driving until it is recorded again', () => {
    expect(pitfall('licence-on-card')).toMatch(/you cannot drive until it is recorded again at a licence centre or police station/);
    expect(journey.lost.licence).toMatch(/cannot drive until it is recorded again/);
  });
});

describe('§8b.9 smaller points', () => {
  it('the police receipt number, the 24-hour Japanese suspension line, and the lost-card notes with sources', () => {
    expect(journey.lost.police).toContain('受理番号');
    expect(journey.lost.night).toContain('0120-95-0178');
    expect(LOST_CARD_NOTES.map((note) => note.id)).toEqual(['night', 'police', 'insurance', 'licence']);
    expect(LOST_CARD_NOTES.find((note) => note.id === 'police')!.sources).toEqual(['S173']);
  });

  it('the face-authentication card, expedited issuance, the expired 住基カード, no app rename, no next-generation card yet', () => {
    expect(term('face-authentication-card')).toMatch(/without PINs.*15 December 2023.*not for Mynaportal, convenience-store certificates or e-Tax/);
    expect(term('expedited-issuance')).toMatch(/in person at the municipal counter and J-LIS sends the card by registered mail.*babies, any time before their first birthday; and, within 30 days of the event, people arriving from abroad/);
    expect(term('expedited-issuance')).toMatch(/free for babies and newcomers; for a lost or damaged card it costs 2,000 yen \(1,800 yen without the certificates\); a card that lapsed with the period of stay is not one of those cases/);
    expect(term('basic-resident-registration-card')).toMatch(/expired on 28 December 2025/);
    expect(JSON.stringify(terms)).not.toMatch(/renamed/);
    expect(pitfall('next-generation-card')).toMatch(/has not started\. All the current rules apply: do not wait for it/);
  });
});
