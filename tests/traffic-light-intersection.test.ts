import { kataSuite } from '../src/harness/kata-suite';

kataSuite('traffic-light-intersection');
