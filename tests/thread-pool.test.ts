import { kataSuite } from '../src/harness/kata-suite';

kataSuite('thread-pool');
