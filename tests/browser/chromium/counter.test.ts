import { describeCounter } from '../shared/counter';
import { chromiumDriver } from './driver';

describeCounter(chromiumDriver, { print: true });
