import { describeTerms } from '../shared/terms';
import { chromiumDriver } from './driver';

describeTerms(chromiumDriver);
