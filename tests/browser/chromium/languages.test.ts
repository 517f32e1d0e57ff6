import { describeLanguages } from '../shared/languages';
import { chromiumDriver } from './driver';

describeLanguages(chromiumDriver);
