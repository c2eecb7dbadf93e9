import { kataSuite } from '../src/harness/kata-suite';

kataSuite('encoder-round');
