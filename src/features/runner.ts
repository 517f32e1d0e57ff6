import type { Feature, FeatureContext, FeatureViews } from './feature';

export interface RunningFeature {
  id: string;
  views: FeatureViews;
}

/**
 * Starts, for one page, every feature that serves it, in the order of the list. A feature that fails
 * to start is left out and the others go on; all of them stop when the page's signal aborts (a new
 * page, in-page navigation, the user's switch), and the next page starts them afresh.
 */
export function startFeatures(
  features: readonly Feature[],
  context: FeatureContext,
  signal: AbortSignal,
  onError: (id: string, error: unknown) => void = (id, error) => console.error(`MyNa Guide: ${id}`, error),
): RunningFeature[] {
  const running: RunningFeature[] = [];
  for (const feature of features) {
    if (signal.aborted) break;
    try {
      if (feature.serves(context.match)) running.push({ id: feature.id, views: feature.init(context, signal) });
    } catch (error) {
      onError(feature.id, error);
    }
  }
  return running;
}
