import { kataSuite } from '../src/harness/kata-suite';

kataSuite('building-h2o');
