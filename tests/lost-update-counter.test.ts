import { kataSuite } from '../src/harness/kata-suite';

kataSuite('lost-update-counter');
