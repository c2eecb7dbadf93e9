import { kataSuite } from '../src/harness/kata-suite';

kataSuite('referee-queue');
