/** The counter page, or one visit's card on it: `counter.html?visit=<id>`, with `&view=show` for the clerk's view. */
export function counterHref(visit?: string, view?: 'show'): string {
  if (visit === undefined) return 'counter.html';
  return `counter.html?visit=${encodeURIComponent(visit)}${view === 'show' ? '&view=show' : ''}`;
}

export function readCounterUrl(search: string): { visit: string | null; show: boolean } {
  const params = new URLSearchParams(search);
  return { visit: params.get('visit'), show: params.get('view') === 'show' };
}
