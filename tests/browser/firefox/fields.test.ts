import { describeFields } from '../shared/fields';
import { firefoxDriver } from './driver';

describeFields(firefoxDriver);
