import { currentThreadId, threadCpuClock } from '../../src/sandbox/thread-cpu';

/**
 * The watchdog's clock: a thread's CPU time grows while it computes and stands still while it waits, however
 * loaded the machine is. Linux only (elsewhere the watchdog uses the wall clock, and this is skipped).
 */
const id = currentThreadId();
const onLinux = id !== undefined ? test : test.skip;

describe('thread CPU clock', () => {
  onLinux('stands still while the thread waits, and grows while it spins', async () => {
    const clock = threadCpuClock(id as number);
    const before = clock() as number;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const afterWaiting = clock() as number;
    expect(afterWaiting - before).toBeLessThan(100);

    const wallLimit = Date.now() + 20_000; // only a bound: the loop ends on CPU time
    let now = afterWaiting;
    while (now - afterWaiting < 50 && Date.now() < wallLimit) now = clock() as number;
    expect(now - afterWaiting).toBeGreaterThanOrEqual(50);
  });

  test('an unknown thread reads as undefined, not as a crash', () => {
    expect(threadCpuClock(2 ** 30)()).toBeUndefined();
  });
});
