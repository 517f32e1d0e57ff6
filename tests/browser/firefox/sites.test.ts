import { describeSites } from '../shared/sites';
import { firefoxDriver } from './driver';

describeSites(firefoxDriver);
