import { kataSuite } from '../src/harness/kata-suite';

kataSuite('producer-consumer-shutdown');
