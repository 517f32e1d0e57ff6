import { useState } from 'preact/hooks';
import type { Localizer } from '../i18n/localizer';
import { I18nContext } from '../i18n/use-translation';
import type { PageMatch } from '../sites/types';
import { SiteBanner } from './SiteBanner';

interface OverlayRootProps {
  i18n: Localizer;
  match: PageMatch;
  /** Aborts when the user leaves this page; features tie their observers to it. */
  signal: AbortSignal;
}

/** Everything MyNa Guide shows on one page, inside our shadow root. */
export function OverlayRoot({ i18n, match }: OverlayRootProps) {
  const [closed, setClosed] = useState(false);
  return (
    <I18nContext.Provider value={i18n}>
      {/* Our text is in the user's language, not the page's: screen readers and font choice follow lang. */}
      <div lang={i18n.language} dir="auto">
        {!closed && <SiteBanner match={match} onClose={() => setClosed(true)} />}
      </div>
    </I18nContext.Provider>
  );
}
