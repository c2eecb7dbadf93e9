import { Rerunner } from '../../src/cli/rerunner';

/** A check that stays running until the test lets it finish, and records how it was started and stopped. */
function controllableCheck() {
  const started: Array<{ number: number; restarted: boolean; signal: AbortSignal; finish: () => void }> = [];
  const check = (signal: AbortSignal, run: { number: number; restarted: boolean }): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      started.push({ ...run, signal, finish: resolve });
      signal.addEventListener('abort', () => reject(new Error('cancelled')));
    });
  return { started, check };
}

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('watch mode reruns', () => {
  test('a trigger during a running check cancels it and starts a new one at once', async () => {
    const { started, check } = controllableCheck();
    const errors: unknown[] = [];
    const rerunner = new Rerunner(check, (error) => errors.push(error));
    rerunner.trigger();
    expect(started).toHaveLength(1);
    rerunner.trigger();
    expect(started).toHaveLength(2);
    expect(started[0]?.signal.aborted).toBe(true);
    expect(started[1]?.signal.aborted).toBe(false);
    expect(started[1]?.restarted).toBe(true);
    await settle();
    expect(errors).toEqual([]); // the cancelled check's rejection was asked for
  });

  test('a trigger after a check finished starts a new one without cancelling anything', async () => {
    const { started, check } = controllableCheck();
    const rerunner = new Rerunner(check);
    rerunner.trigger();
    started[0]?.finish();
    await settle();
    rerunner.trigger();
    expect(started[1]?.restarted).toBe(false);
    expect(started[1]?.number).toBe(2);
    expect(started[0]?.signal.aborted).toBe(false);
    rerunner.stop();
    expect(started[1]?.signal.aborted).toBe(true);
  });

  test('a check that fails on its own reports its error', async () => {
    const errors: unknown[] = [];
    const rerunner = new Rerunner(() => Promise.reject(new Error('file gone')), (error) => errors.push(error));
    rerunner.trigger();
    await settle();
    expect(errors).toEqual([new Error('file gone')]);
  });
});
