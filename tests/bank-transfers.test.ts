import { kataSuite } from '../src/harness/kata-suite';

kataSuite('bank-transfers');
