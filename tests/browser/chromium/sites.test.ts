import { describeSites } from '../shared/sites';
import { chromiumDriver } from './driver';

describeSites(chromiumDriver);
