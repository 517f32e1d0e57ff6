import { describeAccessibility } from '../shared/a11y';
import { chromiumDriver } from './driver';

describeAccessibility(chromiumDriver);
