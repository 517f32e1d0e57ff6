import { describeJapaneseBrowser } from '../shared/japanese-browser';
import { chromiumDriver } from './driver';

describeJapaneseBrowser(chromiumDriver);
