import { describeJourney } from '../shared/journey';
import { firefoxDriver } from './driver';

describeJourney(firefoxDriver);
