import type { RunningFeature } from '../features/runner';
import { Slot, SlotsProvider } from '../features/slots';
import type { Localizer } from '../i18n/localizer';
import { I18nContext } from '../i18n/use-translation';

interface OverlayRootProps {
  i18n: Localizer;
  /** The features running on this page, each with what it draws. */
  features: readonly RunningFeature[];
}

/**
 * Everything MyNa Guide shows on one page, inside our shadow root: the slots, and in them what each
 * running feature draws. It knows no feature; the features know nothing of each other.
 */
export function OverlayRoot({ i18n, features }: OverlayRootProps) {
  return (
    <I18nContext.Provider value={i18n}>
      <SlotsProvider features={features}>
        {/* Our text is in the user's language, not the page's: screen readers and font choice follow lang. */}
        <div lang={i18n.language} dir="auto">
          <Slot name="banner" />
          <Slot name="layer" />
        </div>
      </SlotsProvider>
    </I18nContext.Provider>
  );
}
