import { describeFields } from '../shared/fields';
import { chromiumDriver } from './driver';

describeFields(chromiumDriver);
