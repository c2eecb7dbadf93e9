import { E_ALREADY_LOCKED, Mutex, Semaphore, tryAcquire } from 'async-mutex';

export async function main(): Promise<string[]> {
  const lines: string[] = [];

  // runExclusive: acquire, run, release however the callback ends.
  const mutex = new Mutex();
  let visits = 0;
  const visit = (): Promise<void> =>
    mutex.runExclusive(async () => {
      const seen = visits;
      await new Promise((resolve) => setImmediate(resolve));
      visits = seen + 1;
    });
  await Promise.all([visit(), visit(), visit()]);
  lines.push(`visits: ${visits}`);

  // acquire() hands back a releaser; tryAcquire() refuses instead of waiting.
  const release = await mutex.acquire();
  try {
    await tryAcquire(mutex).acquire();
  } catch (error) {
    if (error === E_ALREADY_LOCKED) lines.push(`tryAcquire while held: ${E_ALREADY_LOCKED.message}`);
  } finally {
    release();
  }

  // A Semaphore's acquire resolves to [value, releaser].
  const pool = new Semaphore(2);
  const [value, giveBack] = await pool.acquire();
  lines.push(`acquired when the value was ${value}; now ${pool.getValue()}`);
  giveBack();
  giveBack(); // a releaser works once; calling it again does nothing
  lines.push(`after giving back: ${pool.getValue()}`);
  return lines;
}
