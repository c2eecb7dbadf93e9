import { kataSuite } from '../src/harness/kata-suite';

kataSuite('print-foobar-alternately');
