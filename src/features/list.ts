import { bannerFeature } from './banner/banner';
import type { Feature } from './feature';
import { fieldsFeature } from './fields/fields';
import { remindersFeature } from './reminders/reminders';
import { termsFeature } from './terms/terms';

/** Every on-page feature, in the order they draw into a shared slot. A new feature goes here. */
export const FEATURES: readonly Feature[] = [bannerFeature, remindersFeature, termsFeature, fieldsFeature];
