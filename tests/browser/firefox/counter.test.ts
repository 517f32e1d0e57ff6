import { describeCounter } from '../shared/counter';
import { firefoxDriver } from './driver';

describeCounter(firefoxDriver);
