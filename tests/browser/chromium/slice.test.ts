import { describeSlice } from '../shared/slice';
import { chromiumDriver } from './driver';

describeSlice(chromiumDriver);
