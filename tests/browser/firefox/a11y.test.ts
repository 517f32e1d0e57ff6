import { describeAccessibility } from '../shared/a11y';
import { firefoxDriver } from './driver';

describeAccessibility(firefoxDriver);
