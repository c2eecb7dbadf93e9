import { kataSuite } from '../src/harness/kata-suite';

kataSuite('bounded-blocking-queue');
