import { useEffect, useState } from 'preact/hooks';
import type { JourneyState } from '../journey/journey-state';
import type { VersionedItem } from '../storage/versioned-item';

export type JourneyChange = (state: JourneyState) => JourneyState;

/**
 * The user's journey for a page of ours: read (and repaired) once, followed as other contexts change
 * it, and changed here at once on screen and in storage. A page that only shows it (`readOnly`) reads
 * without writing: repairs and keeping aside are left to the pages that change it.
 */
export function useJourney(
  item: VersionedItem<JourneyState>,
  { readOnly = false }: { readOnly?: boolean } = {},
): { state: JourneyState | null; change: (fn: JourneyChange) => void; failed: boolean } {
  const [state, setState] = useState<JourneyState | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    (readOnly ? item.peek() : item.load()).then(
      (value) => live && setState(value),
      () => live && setFailed(true),
    );
    const stop = item.watch((value) => live && setState(value));
    return () => {
      live = false;
      stop();
    };
  }, [item, readOnly]);
  const change = (fn: JourneyChange) => {
    setState((current) => (current ? fn(current) : current));
    item.update(fn).then(setState, () => setFailed(true));
  };
  return { state, change, failed };
}
