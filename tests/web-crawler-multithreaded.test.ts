import { kataSuite } from '../src/harness/kata-suite';

kataSuite('web-crawler-multithreaded');
