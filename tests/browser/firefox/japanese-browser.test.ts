import { describeJapaneseBrowser } from '../shared/japanese-browser';
import { firefoxDriver } from './driver';

describeJapaneseBrowser(firefoxDriver);
