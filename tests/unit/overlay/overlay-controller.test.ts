import { describe, expect, it } from 'vitest';
import { createOverlayController, type OverlaySurface } from '../../../src/overlay/overlay-controller';
import type { PageId } from '../../../src/sites/page-ids';
import type { PageMatch } from '../../../src/sites/types';

const page = (id: PageId): PageMatch => ({ site: 'myna-portal', page: id, lang: 'ja' });

function recordingSurface() {
  const calls: string[] = [];
  const signals: AbortSignal[] = [];
  const surface: OverlaySurface = {
    render(match, signal) {
      calls.push(`render ${match.page}`);
      signals.push(signal);
    },
    detach() {
      calls.push('detach');
    },
  };
  return { surface, calls, signals };
}

describe('overlay controller', () => {
  it('renders a page once, however often it is shown again', () => {
    const { surface, calls } = recordingSurface();
    const controller = createOverlayController(surface, { enabled: true });
    controller.show(page('portal-top'));
    controller.show(page('portal-top'));
    controller.show({ ...page('portal-top') });
    expect(calls).toEqual(['render portal-top']);
  });

  it('aborts the old page before the new one renders, so nothing of it lives on', () => {
    const { surface, calls, signals } = recordingSurface();
    const controller = createOverlayController(surface, { enabled: true });
    controller.show(page('portal-top'));
    controller.show(page('portal-messages'));
    expect(calls).toEqual(['render portal-top', 'render portal-messages']);
    expect(signals.map((s) => s.aborted)).toEqual([true, false]);
    expect(controller.rendered?.page).toBe('portal-messages');
  });

  it('detaches when the page is no longer official', () => {
    const { surface, calls, signals } = recordingSurface();
    const controller = createOverlayController(surface, { enabled: true });
    controller.show(page('portal-top'));
    controller.show(null);
    expect(calls).toEqual(['render portal-top', 'detach']);
    expect(signals[0]!.aborted).toBe(true);
  });

  it('follows the user switch without losing the page', () => {
    const { surface, calls } = recordingSurface();
    const controller = createOverlayController(surface, { enabled: false });
    controller.show(page('portal-top'));
    expect(calls).toEqual([]);
    controller.setEnabled(true);
    controller.setEnabled(false);
    controller.setEnabled(true);
    expect(calls).toEqual(['render portal-top', 'detach', 'render portal-top']);
  });

  it('tears everything down when destroyed', () => {
    const { surface, calls, signals } = recordingSurface();
    const controller = createOverlayController(surface, { enabled: true });
    controller.show(page('portal-top'));
    controller.destroy();
    expect(calls.at(-1)).toBe('detach');
    expect(signals[0]!.aborted).toBe(true);
    expect(controller.rendered).toBeNull();
  });
});
