import { describeJourney } from '../shared/journey';
import { chromiumDriver } from './driver';

describeJourney(chromiumDriver);
