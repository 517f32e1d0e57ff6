import { describePhone } from '../shared/phone';
import { chromiumDriver } from './driver';

describePhone(() => chromiumDriver({ phone: true }));
