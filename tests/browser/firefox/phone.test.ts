import { describePhone } from '../shared/phone';
import { firefoxDriver } from './driver';

describePhone(() => firefoxDriver({ phone: true }));
