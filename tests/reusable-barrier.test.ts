import { kataSuite } from '../src/harness/kata-suite';

kataSuite('reusable-barrier');
