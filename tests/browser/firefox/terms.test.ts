import { describeTerms } from '../shared/terms';
import { firefoxDriver } from './driver';

describeTerms(firefoxDriver);
