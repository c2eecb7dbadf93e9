import { kataSuite } from '../src/harness/kata-suite';

kataSuite('dining-philosophers');
