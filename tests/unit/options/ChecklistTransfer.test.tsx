import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import journeyV1 from '../../fixtures/storage/journey-v1.json';

/** The v1 checklist as it reads now: the answers added since then at their defaults. */
const readBack = { ...journeyV1.journey, profile: { ...journeyV1.journey.profile, specifiedCard: false, moving: false, leaving: false } };
import { ChecklistTransfer } from '../../../src/options/ChecklistTransfer';
import { KeptAsideSection } from '../../../src/options/KeptAsideSection';
import { journeyItem } from '../../../src/storage/journey-store';
import { clearKeptAside, keepAside, listKeptAside, watchKeptAside } from '../../../src/storage/kept-aside';
import { click, renderWithI18n } from '../../support/render';

const settle = () => act(async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
});

async function choose(input: HTMLInputElement, file: File) {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

const exported = (journey: unknown) =>
  JSON.stringify({ format: 'myna-guide-checklist', version: 1, exportedAt: '2026-11-25T00:00:00.000Z', journey });

describe('checklist export and import', () => {
  let cleanup: () => void = () => undefined;
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => cleanup());

  const mount = () => {
    const download = vi.fn();
    const { container, unmount } = renderWithI18n(<ChecklistTransfer journey={journeyItem} download={download} />);
    cleanup = unmount;
    return { container, download, input: container.querySelector<HTMLInputElement>('#import-file')! };
  };

  it('exports the stored checklist as a dated JSON file', async () => {
    await journeyItem.save(journeyV1.journey as never);
    const { container, download } = mount();
    click(container.querySelector('[data-export]'));
    await settle();
    const [text, name] = download.mock.calls[0] as [string, string];
    expect(name).toMatch(/^myna-guide-checklist-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(text)).toMatchObject({ format: 'myna-guide-checklist', version: 1, journey: journeyV1.journey });
  });

  it('has a labelled file input for JSON files, kept out of sight but not out of the tab order', () => {
    const { container, input } = mount();
    expect(container.querySelector('label[for="import-file"]')!.textContent).toBe('Import from a file…');
    expect(input.hasAttribute('tabindex')).toBe(false);
    expect(input.hidden).toBe(false);
    expect(input.className).toBe('visually-hidden');
    expect(input.accept).toBe('application/json,.json');
  });

  it('imports a good file whole, says what it brought, and can undo it', async () => {
    await journeyItem.save({ done: { 'register-address': '2026-01-01' }, profile: journeyV1.journey.profile, dates: {}, dismissedAlerts: [] } as never);
    const { container, input } = mount();
    await choose(input, new File([exported(journeyV1.journey)], 'checklist.json', { type: 'application/json' }));
    expect(await journeyItem.load()).toEqual(readBack);
    const status = container.querySelector('[data-import-status]')!;
    expect(status.textContent).toContain('Imported: 3 steps ticked and 2 dates.');
    click(status.querySelector('button'));
    await settle();
    expect((await journeyItem.load()).done).toEqual({ 'register-address': '2026-01-01' });
    expect(container.querySelector('[data-import-status]')!.textContent).toContain('back as it was');
  });

  it('refuses a bad file, lists each problem, and changes nothing', async () => {
    await journeyItem.save(journeyV1.journey as never);
    const { container, input } = mount();
    await choose(input, new File([exported({ ...journeyV1.journey, done: { teleport: '2026-01-01', apply: 'soon' } })], 'bad.json'));
    expect(await journeyItem.load()).toEqual(readBack);
    const status = container.querySelector('[data-import-status="refused"]')!;
    expect(status.textContent).toContain('not imported, and your checklist is unchanged. 2 problems:');
    expect([...status.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'journey.done.teleport: This is not a step MyNa Guide knows.',
      'journey.done.apply: This is not a real date written YYYY-MM-DD.',
    ]);
  });

  it('refuses a huge file without reading it', async () => {
    const { container, input } = mount();
    const huge = new File(['x'], 'huge.json');
    Object.defineProperty(huge, 'size', { value: 50 * 1024 * 1024 });
    const text = vi.spyOn(huge, 'text');
    await choose(input, huge);
    expect(text).not.toHaveBeenCalled();
    expect(container.querySelector('[data-problem="too-large"]')).not.toBeNull();
  });

  it('refuses a file from a newer version, telling the user to update', async () => {
    const { container, input } = mount();
    await choose(input, new File([JSON.stringify({ format: 'myna-guide-checklist', version: 9, journey: {} })], 'new.json'));
    expect(container.querySelector('[data-problem="newer-version"]')!.textContent).toContain('Update MyNa Guide');
  });
});

describe('kept-aside data in the options page', () => {
  let cleanup: () => void = () => undefined;
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => cleanup());

  it('is explained, downloadable whole and deleted only when the user asks', async () => {
    await keepAside({ key: 'local:journey', reason: 'newer-version', version: 3, problems: [], data: { done: { x: 1 } } });
    const download = vi.fn();
    const store = { list: listKeptAside, clear: clearKeptAside, watch: watchKeptAside };
    const { container, unmount } = renderWithI18n(<KeptAsideSection store={store} download={download} />);
    cleanup = unmount;
    await settle();
    const section = container.querySelector('[data-kept-aside]')!;
    expect(section.textContent).toContain('Your checklist was saved by a newer MyNa Guide (version 3).');
    click(section.querySelectorAll('button')[0]!);
    expect(JSON.parse(download.mock.calls[0]![0] as string)[0]).toMatchObject({ data: { done: { x: 1 } } });
    click(section.querySelectorAll('button')[1]!);
    await settle();
    expect(await listKeptAside()).toEqual([]);
    expect(container.querySelector('[data-kept-aside]')).toBeNull();
    const done = container.querySelector('[data-kept-aside-deleted]')!;
    expect(done.textContent).toBe('The copy was deleted.');
    expect(document.activeElement).toBe(done);
  });

  it('shows nothing when nothing was kept aside', async () => {
    const store = { list: listKeptAside, clear: clearKeptAside, watch: watchKeptAside };
    const { container, unmount } = renderWithI18n(<KeptAsideSection store={store} />);
    cleanup = unmount;
    await settle();
    expect(container.childNodes).toHaveLength(0);
  });
});
