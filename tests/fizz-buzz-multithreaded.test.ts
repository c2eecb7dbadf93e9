import { kataSuite } from '../src/harness/kata-suite';

kataSuite('fizz-buzz-multithreaded');
