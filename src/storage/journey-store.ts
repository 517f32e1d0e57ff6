import { EMPTY_JOURNEY, readJourney, type JourneyState } from '../journey/journey-state';
import { defineVersionedItem } from './versioned-item';

export const JOURNEY_VERSION = 1;

/** The user's journey: one item in local storage, never synced, never sent. */
export const journeyItem = defineVersionedItem<JourneyState>({
  key: 'local:journey',
  version: JOURNEY_VERSION,
  migrations: {},
  fallback: EMPTY_JOURNEY,
  read: readJourney,
});
