import { kataSuite } from '../src/harness/kata-suite';

kataSuite('print-zero-even-odd');
