import { kataSuite } from '../src/harness/kata-suite';

kataSuite('future-and-gather');
