import { describeSlice } from '../shared/slice';
import { firefoxDriver } from './driver';

describeSlice(firefoxDriver);
