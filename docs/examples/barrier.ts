import { Barrier, BrokenBarrierError } from '@kit';

/** One turn of the event loop: work that takes a while, in an order no machine's speed can change. */
const stride = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export async function main(): Promise<string[]> {
  const lines: string[] = [];

  // Three runners meet at the end of every lap; the barrier resets itself for the next lap.
  const lapDone = new Barrier(3, 'lap done');
  const runner = async (name: string, strides: number): Promise<void> => {
    for (let lap = 1; lap <= 2; lap++) {
      for (let i = 0; i < strides; i++) await stride();
      const index = await lapDone.wait();
      if (index === lapDone.parties - 1) lines.push(`lap ${lap}: ${name} arrived last and opened the barrier`);
    }
  };
  await Promise.all([runner('ann', 3), runner('bob', 1), runner('cat', 2)]);

  // abort() breaks a barrier: the waiters, and every later wait(), throw until reset().
  const pair = new Barrier(2, 'pair');
  const lonely = pair.wait().catch((error: unknown) => {
    if (error instanceof BrokenBarrierError) lines.push(`waiter: ${error.message}`);
    return -1;
  });
  lines.push(`waiting at the pair barrier: ${pair.nWaiting}`);
  pair.abort();
  await lonely;
  await pair.wait().catch((error: unknown) => {
    if (error instanceof BrokenBarrierError) lines.push(`later wait: ${error.message}`);
  });
  pair.reset();
  lines.push(`after reset, broken: ${pair.broken}`);
  return lines;
}
