import { describeLanguages } from '../shared/languages';
import { firefoxDriver } from './driver';

describeLanguages(firefoxDriver);
