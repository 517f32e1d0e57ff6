import { PageReminders } from '../../overlay/PageReminders';
import type { Feature } from '../feature';

/** The page's reminders and the offer to tick the step it completes, in the banner. */
export const remindersFeature: Feature = {
  id: 'reminders',
  serves: () => true,
  init({ match, journey, journeyNow, settings, setStep }, signal) {
    const Reminders = () => <PageReminders match={match} journey={journey} initial={journeyNow} settings={settings} setStep={setStep} signal={signal} />;
    return { 'banner-body': Reminders };
  },
};
