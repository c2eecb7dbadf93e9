import { kataSuite } from '../src/harness/kata-suite';

kataSuite('task-queue-join');
