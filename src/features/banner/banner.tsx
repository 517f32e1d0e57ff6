import { useState } from 'preact/hooks';
import { SiteBanner } from '../../overlay/SiteBanner';
import type { Feature } from '../feature';
import { Slot } from '../slots';

/** Names the official site and its operator on every page we recognize; other features add to it. */
export const bannerFeature: Feature = {
  id: 'banner',
  serves: () => true,
  init({ match }) {
    function Banner() {
      const [closed, setClosed] = useState(false);
      if (closed) return null;
      return (
        <SiteBanner match={match} onClose={() => setClosed(true)} actions={<Slot name="banner-actions" />}>
          <Slot name="banner-body" />
        </SiteBanner>
      );
    }
    return { banner: Banner };
  },
};
