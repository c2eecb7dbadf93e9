import { kataSuite } from '../src/harness/kata-suite';

kataSuite('read-write-lock');
