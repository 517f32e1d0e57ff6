import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { useState } from 'preact/hooks';
import { Popup } from '../../../src/popup/Popup';
import { EMPTY_JOURNEY, type JourneyState } from '../../../src/journey/journey-state';
import type { JourneyChange } from '../../../src/checklist/use-journey';
import { click, renderWithI18n } from '../../support/render';

const NOW = new Date(2026, 10, 25, 12);

/** The popup with a journey held in memory, as the storage hook would hold it. */
function Harness({ initial, onState }: { initial: JourneyState; onState?: (state: JourneyState) => void }) {
  const [state, setState] = useState(initial);
  const change = (fn: JourneyChange) =>
    setState((current) => {
      const next = fn(current);
      onState?.(next);
      return next;
    });
  return <Popup tabStatus={null} language="en" onOpenSettings={() => undefined} journey={state} changeJourney={change} now={NOW} />;
}

const steps = (root: Element) => [...root.querySelectorAll('[data-step]')].map((li) => li.getAttribute('data-step'));
const checkbox = (root: Element, step: string) => root.querySelector<HTMLInputElement>(`[data-step="${step}"] input[type="checkbox"]`)!;
const change = (input: HTMLInputElement | HTMLSelectElement, value?: string) =>
  act(() => {
    if (value !== undefined) input.value = value;
    else if (input instanceof HTMLInputElement) input.checked = !input.checked;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });

describe('Popup checklist', () => {
  let cleanup: () => void = () => undefined;
  afterEach(() => cleanup());
  const mount = (initial: JourneyState = EMPTY_JOURNEY, onState?: (state: JourneyState) => void) => {
    const rendered = renderWithI18n(<Harness initial={initial} onState={onState} />);
    cleanup = rendered.unmount;
    return rendered.container;
  };

  it('lists every step with a labelled checkbox, shows progress and highlights the next step', () => {
    const root = mount();
    expect(root.querySelector('h1')!.textContent).toBe('MyNa Guide');
    expect(steps(root)).toHaveLength(11);
    for (const li of root.querySelectorAll('[data-step]')) {
      const input = li.querySelector('input[type="checkbox"]')!;
      expect(li.querySelector(`label[for="${input.id}"]`)!.textContent!.length).toBeGreaterThan(5);
    }
    expect(root.querySelector('[data-progress]')!.textContent).toBe('0 of 11 done');
    const next = root.querySelector('[aria-current="step"]')!;
    expect(next.getAttribute('data-step')).toBe('register-address');
    expect(next.textContent).toContain('Next step');
  });

  it('ticks a step with today’s date, moves the next step on, and unticks it again', () => {
    const saved = vi.fn();
    const root = mount(EMPTY_JOURNEY, saved);
    change(checkbox(root, 'register-address'));
    expect(saved).toHaveBeenLastCalledWith(expect.objectContaining({ done: { 'register-address': expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) } }));
    expect(checkbox(root, 'register-address').checked).toBe(true);
    expect(root.querySelector('[data-step="register-address"]')!.textContent).toMatch(/Done \w{3} \d{1,2}, \d{4}/);
    expect(root.querySelector('[aria-current="step"]')!.getAttribute('data-step')).toBe('receive-notice');
    expect(root.querySelector('[data-progress]')!.textContent).toBe('1 of 11 done');
    change(checkbox(root, 'register-address'));
    expect(checkbox(root, 'register-address').checked).toBe(false);
    expect(saved).toHaveBeenLastCalledWith(expect.objectContaining({ done: {} }));
  });

  it('marks the Japanese words of a step for a Japanese voice, and nothing else', () => {
    const root = mount();
    click(root.querySelector('[data-step="register-address"] .step__expand'));
    const marked = [...root.querySelectorAll('#step-register-address-details [lang="ja"]')].map((span) => span.textContent);
    expect(marked).toContain('転入届');
    for (const word of marked) expect(word).toMatch(/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々・「」（）]+$/u);
  });

  it('expands a step to what to do, where, what to bring and the pitfalls, and says so to screen readers', () => {
    const root = mount();
    const button = root.querySelector<HTMLButtonElement>('[data-step="pickup"] .step__expand')!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.hasAttribute('aria-controls')).toBe(false);
    expect(button.getAttribute('aria-label')).toBe('Details: Collect your card');
    click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    // Only the state changes: the name stays, so a screen reader says "expanded", not a new button.
    expect(button.getAttribute('aria-label')).toBe('Details: Collect your card');
    const details = root.querySelector(`#${button.getAttribute('aria-controls')}`)!;
    expect(details.textContent).toContain('About 30 minutes');
    expect(details.textContent).toContain('residence card');
    expect(details.textContent).toContain('being busy at work is not one');
    expect(details.querySelector('a[href="https://www.kojinbango-card.go.jp/en/uketori/"]')!.getAttribute('target')).toBe('_blank');
    click(button);
    expect(root.querySelector('#step-pickup-details')).toBeNull();
  });

  it('shows the chosen way to apply, or all four until one is chosen', () => {
    const saved = vi.fn();
    const root = mount(EMPTY_JOURNEY, saved);
    click(root.querySelector('[data-step="apply"] .step__expand'));
    expect([...root.querySelectorAll('[data-method]')].map((p) => p.getAttribute('data-method'))).toEqual(['smartphone', 'pc', 'booth', 'mail']);
    change(root.querySelector<HTMLSelectElement>('#apply-method')!, 'mail');
    expect([...root.querySelectorAll('[data-method]')].map((p) => p.getAttribute('data-method'))).toEqual(['mail']);
    expect(saved).toHaveBeenLastCalledWith(expect.objectContaining({ profile: expect.objectContaining({ applyMethod: 'mail' }) }));
  });

  it('hides steps that do not apply when the user answers the profile questions', () => {
    const root = mount();
    const permanent = root.querySelector<HTMLInputElement>('input[name="stay"][value="permanent"]')!;
    change(permanent);
    expect(steps(root)).not.toContain('extend-validity');
    const hasCard = [...root.querySelectorAll<HTMLLabelElement>('.profile label')].find((l) => l.textContent!.includes('already have'))!.querySelector('input')!;
    change(hasCard);
    expect(steps(root)).toEqual(['use-insurance', 'use-konbini', 'use-etax', 'renew']);
    expect(root.querySelector('[data-progress]')!.textContent).toBe('0 of 4 done');
  });

  it('takes key dates in the steps that ask for them, and shows what is due with a way to dismiss it', () => {
    const saved = vi.fn();
    const root = mount(EMPTY_JOURNEY, saved);
    click(root.querySelector('[data-step="extend-validity"] .step__expand'));
    const input = root.querySelector<HTMLInputElement>('#extend-validity-date-stayExpiry')!;
    expect(root.querySelector('label[for="extend-validity-date-stayExpiry"]')!.textContent).toBe('End of your period of stay (residence card)');
    change(input, '2027-01-31');
    expect(saved).toHaveBeenLastCalledWith(expect.objectContaining({ dates: { stayExpiry: '2027-01-31' } }));
    const alert = root.querySelector('[data-alert="stayExpiry:2027-01-31:3m"]')!;
    expect(alert.textContent).toContain('take the new residence card to your municipal office before Jan 31, 2027, the date on your My Number Card');
    expect(alert.textContent).toContain('67 days left');
    expect(root.querySelector('#alerts-heading')!.textContent).toBe('Due now');
    // Each Dismiss says which alert it puts away.
    const dismiss = alert.querySelector<HTMLButtonElement>('button[data-dismiss]')!;
    const named = dismiss.getAttribute('aria-labelledby')!.split(' ').map((id) => root.querySelector(`#${CSS.escape(id)}`)?.textContent);
    expect(named).toEqual(['Dismiss', alert.querySelector('h3')!.textContent]);
    dismiss.focus();
    click(dismiss);
    expect(root.querySelector('[data-alerts]')).toBeNull();
    // The last alert gone, focus goes to the checklist's heading, not to the page's body.
    expect(document.activeElement).toBe(root.querySelector('#checklist-heading'));
    expect(saved).toHaveBeenLastCalledWith(expect.objectContaining({ dismissedAlerts: ['stayExpiry:2027-01-31:3m'] }));
  });

  it('gives the help lines for a lost card, with hours and languages', () => {
    const root = mount();
    const lost = root.querySelector('[data-lost-card]')!;
    expect(lost.querySelector('summary')!.textContent).toBe('If your card is lost or stolen');
    expect(lost.querySelector('[data-hotline="card-foreign"] a')!.getAttribute('href')).toBe('tel:0120017827');
    expect(lost.textContent).toContain('Nepali');
    expect(lost.textContent).toContain('cannot be called from abroad');
  });

  it('says when the checklist is loading, when it failed, and when data was kept aside', () => {
    const onOpenSettings = vi.fn();
    const { container, unmount } = renderWithI18n(
      <Popup tabStatus={null} language="en" onOpenSettings={onOpenSettings} journey={null} changeJourney={() => undefined} keptAside={1} />,
    );
    cleanup = unmount;
    expect(container.textContent).toContain('Loading your checklist');
    expect(container.querySelector('[data-kept-aside]')!.textContent).toContain('kept a copy');
    click(container.querySelector('[data-kept-aside] button'));
    expect(onOpenSettings).toHaveBeenCalledOnce();
    click(container.querySelector('footer button'));
    expect(onOpenSettings).toHaveBeenCalledTimes(2);
  });

  const answer = (root: Element, text: string) =>
    [...root.querySelectorAll<HTMLLabelElement>('.profile label')].find((l) => l.textContent!.includes(text))!.querySelector('input')!;

  it('with a 特定在留カード, turns the extension step into renewing both at immigration, with its own facts', () => {
    const root = mount({ ...EMPTY_JOURNEY, profile: { ...EMPTY_JOURNEY.profile, stay: 'fixed' } });
    const title = () => root.querySelector('[data-step="extend-validity"] .step__title')!.textContent;
    expect(title()).toBe('Extend the card after each visa renewal');
    change(answer(root, '特定在留カード'));
    expect(title()).toBe('Renew your 特定在留カード with your period of stay');
    click(root.querySelector('[data-step="extend-validity"] .step__expand'));
    const details = root.querySelector('[data-step="extend-validity"] .step__details')!;
    expect(details.textContent).toContain('Your regional immigration bureau');
    const facts = [...details.querySelectorAll('[data-fact]')].map((li) => li.getAttribute('data-fact'));
    expect(facts).toEqual(['age-limit', 'lapsed-reissue', 'specified-card-new']);
  });

  it('adds the moving and leaving steps when the user says so, the moving one with its two dates', () => {
    const root = mount({ ...EMPTY_JOURNEY, profile: { ...EMPTY_JOURNEY.profile, hasCard: true } });
    expect(steps(root)).not.toContain('move');
    change(answer(root, 'moving to another city'));
    change(answer(root, 'leaving Japan'));
    expect(steps(root)).toEqual(['use-insurance', 'use-konbini', 'use-etax', 'extend-validity', 'move', 'renew', 'leave-japan']);
    click(root.querySelector('[data-step="move"] .step__expand'));
    expect(root.querySelector('label[for="move-date-movedOn"]')!.textContent).toBe('The day you move (or moved)');
    expect(root.querySelector('label[for="move-date-movingInNotice"]')!.textContent).toBe('The day you filed the moving-in notice');
  });

  it('names where a step’s facts come from: publisher, kind and day checked, linked to the page', async () => {
    const root = mount();
    click(root.querySelector('[data-step="pickup"] .step__expand'));
    await vi.waitFor(() => expect(root.querySelector('[data-step="pickup"] [data-sources]')).not.toBeNull());
    const sources = root.querySelector('[data-step="pickup"] [data-sources]')!;
    expect(sources.querySelector('summary')!.textContent).toMatch(/^Sources \(\d+\)$/);
    const items = [...sources.querySelectorAll('li')];
    // Official sites first.
    expect(items[0]!.getAttribute('data-source-kind')).toBe('official');
    const jlis = items.find((li) => li.textContent!.startsWith('J-LIS'))!;
    expect(jlis.textContent).toBe('J-LIS official site, checked November 2026');
    expect(jlis.querySelector('a')!.getAttribute('href')).toMatch(/^https:\/\/www\.kojinbango-card\.go\.jp\//);
    const municipal = items.find((li) => li.textContent!.startsWith('Higashimatsushima City'))!;
    expect(municipal.textContent).toBe('Higashimatsushima City municipal or prefectural site, checked December 2, 2026');
  });

  it('says so beside a fact that rests on non-official sites only, and not beside the others', () => {
    const root = mount();
    click(root.querySelector('[data-step="apply"] .step__expand'));
    expect(root.querySelector('[data-fact="email-missing"] .fact__unofficial')!.textContent).toBe(' (from a non-official source: check with your municipal office)');
    expect(root.querySelector('[data-fact="photo-rules"] .fact__unofficial')).toBeNull();
  });
});
