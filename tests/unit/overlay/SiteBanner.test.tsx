import type { ComponentProps } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SiteBanner } from '../../../src/overlay/SiteBanner';
import { TermsRow } from '../../../src/overlay/TermsRow';
import { click, renderWithI18n } from '../../support/render';

const match = { site: 'jlis', page: 'jlis-top', lang: 'ja' } as const;

/** The banner with its minimized state held, as the banner feature holds it. */
function HeldBanner(props: Omit<ComponentProps<typeof SiteBanner>, 'minimized' | 'onMinimize'>) {
  const [minimized, setMinimized] = useState(false);
  return <SiteBanner {...props} minimized={minimized} onMinimize={setMinimized} />;
}

describe('SiteBanner', () => {
  let cleanup: () => void = () => undefined;
  afterEach(() => cleanup());

  it('names the site in English and in its own Japanese, and who runs it', () => {
    const { container, unmount } = renderWithI18n(<HeldBanner match={match} onClose={() => undefined} />);
    cleanup = unmount;
    const banner = container.querySelector('aside')!;
    expect(banner.getAttribute('aria-label')).toBe('MyNa Guide');
    expect(banner.querySelector('h2')!.textContent).toContain('Individual Number Card Comprehensive Site');
    expect(banner.querySelector('[lang="ja"]')!.textContent).toBe('マイナンバーカード総合サイト');
    expect(banner.textContent).toContain('Japan Agency for Local Authority Information Systems (J-LIS)');
    expect(banner.textContent).toContain('Official site');
  });

  it('minimizes to a button that brings it back, keeping keyboard focus on the control', () => {
    const { container, unmount } = renderWithI18n(<HeldBanner match={match} onClose={() => undefined} />);
    cleanup = unmount;
    click(container.querySelector('button[aria-label="Minimize"]'));
    const pill = container.querySelector<HTMLButtonElement>('button.pill')!;
    expect(container.querySelector('aside.banner')).toBeNull();
    expect(pill.getAttribute('aria-label')).toBe('Show MyNa Guide');
    expect(document.activeElement).toBe(pill);
    click(pill);
    expect(container.querySelector('aside.banner')).not.toBeNull();
    expect(document.activeElement).toBe(container.querySelector('h2'));
  });

  it('goes to the pill on Escape from anywhere inside it, and keeps the pill a landmark', () => {
    const { container, unmount } = renderWithI18n(<HeldBanner match={match} onClose={() => undefined} />);
    cleanup = unmount;
    const heading = container.querySelector<HTMLElement>('h2')!;
    act(() => {
      heading.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    const pill = container.querySelector<HTMLButtonElement>('button.pill')!;
    expect(document.activeElement).toBe(pill);
    expect(pill.closest('aside[data-banner]')?.getAttribute('aria-label')).toBe('MyNa Guide');
  });

  it('has labelled buttons only', () => {
    const { container, unmount } = renderWithI18n(<HeldBanner match={match} onClose={() => undefined} />);
    cleanup = unmount;
    for (const button of container.querySelectorAll('button')) {
      expect(button.getAttribute('type')).toBe('button');
      expect(button.getAttribute('aria-label')).toBeTruthy();
    }
  });

  it('asks to close when the close button is pressed', () => {
    const onClose = vi.fn();
    const { container, unmount } = renderWithI18n(<HeldBanner match={match} onClose={onClose} />);
    cleanup = unmount;
    click(container.querySelector('button[aria-label="Close"]'));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('offers the terms panel when the page has terms, counting them', () => {
    const onOpenTerms = vi.fn();
    const { container, unmount } = renderWithI18n(<HeldBanner match={match} onClose={() => undefined} actions={<TermsRow count={12} onOpen={onOpenTerms} />} />);
    cleanup = unmount;
    const button = container.querySelector<HTMLButtonElement>('[data-open-terms]')!;
    expect(button.textContent).toBe('12 terms on this page');
    click(button);
    expect(onOpenTerms).toHaveBeenCalledWith(button);
  });

  it('keeps the row for terms from the first paint, saying what it knows', () => {
    const cases = [
      ['loading', 'Looking for terms…'],
      [0, 'No My Number terms on this page'],
    ] as const;
    for (const [termCount, text] of cases) {
      const { container, unmount } = renderWithI18n(<HeldBanner match={match} onClose={() => undefined} actions={<TermsRow count={termCount} onOpen={() => undefined} />} />);
      expect(container.querySelector('[data-open-terms]')).toBeNull();
      expect(container.querySelector('.terms-row')!.textContent).toBe(text);
      unmount();
    }
  });

  it('has no terms row unless a feature puts one in its actions', () => {
    const { container, unmount } = renderWithI18n(<HeldBanner match={match} onClose={() => undefined} />);
    cleanup = unmount;
    expect(container.querySelector('.terms-row')).toBeNull();
  });
});
