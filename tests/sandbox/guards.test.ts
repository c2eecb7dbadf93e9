import { runInThisContext } from 'node:vm';
import { ProcessExitError, trapProcessExit } from '../../src/sandbox/guards';
import { readVitals, VitalsWriter, vitalsBuffer } from '../../src/sandbox/vitals';

describe('the process.exit trap', () => {
  const realExit = process.exit.bind(process);
  afterEach(() => {
    process.exit = realExit;
  });

  test('a call from the code under test is recorded and throws; a call from Node itself goes through', () => {
    const passedOn: unknown[] = [];
    process.exit = ((code?: number) => void passedOn.push(code)) as typeof process.exit; // stands in for the real one
    const buffer = vitalsBuffer();
    trapProcessExit(new VitalsWriter(buffer, () => 0));

    // Node's worker ends itself with process.exit after an uncaught exception: that is not the learner's doing.
    const fromNode = runInThisContext('(exit) => exit(7)', { filename: 'node:internal/main/worker_thread' }) as (
      exit: (code: number) => void,
    ) => void;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- passed bare on purpose: the nearest caller must be Node's frame
    fromNode(process.exit);
    expect(passedOn).toEqual([7]);
    expect(readVitals(buffer).exit).toBeUndefined();

    expect(() => process.exit(3)).toThrow(ProcessExitError);
    expect(readVitals(buffer).exit?.code).toBe(3);
    expect(passedOn).toEqual([7]);
  });
});
