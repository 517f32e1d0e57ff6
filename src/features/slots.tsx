import { Component, createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { SlotName } from './feature';
import type { RunningFeature } from './runner';

const SlotsContext = createContext<readonly RunningFeature[]>([]);

/** A feature's view that fails draws nothing; the rest of our UI stays. */
class FeatureBoundary extends Component<{ id: string; children: ComponentChildren }, { failed: boolean }> {
  override state = { failed: false };
  override componentDidCatch(error: unknown) {
    console.error(`MyNa Guide: ${this.props.id}`, error);
    this.setState({ failed: true });
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

export function SlotsProvider({ features, children }: { features: readonly RunningFeature[]; children: ComponentChildren }) {
  return <SlotsContext.Provider value={features}>{children}</SlotsContext.Provider>;
}

/** Draws, in the order of the feature list, what each running feature puts in this slot. */
export function Slot({ name }: { name: SlotName }) {
  const features = useContext(SlotsContext);
  return (
    <>
      {features.map(({ id, views }) => {
        const View = views[name];
        return View === undefined ? null : (
          <FeatureBoundary key={id} id={id}>
            <View />
          </FeatureBoundary>
        );
      })}
    </>
  );
}
