import { Barrier, BrokenBarrierError } from '@kit';

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('Barrier', () => {
  test('releases everyone when the last party arrives, with distinct arrival indices', async () => {
    const barrier = new Barrier(3);
    const first = [barrier.wait(), barrier.wait()];
    await settle();
    expect(barrier.nWaiting).toBe(2);
    const last = barrier.wait();
    expect((await Promise.all([...first, last])).sort()).toEqual([0, 1, 2]);
  });

  test('is reusable: a second cycle starts empty', async () => {
    const barrier = new Barrier(2);
    await Promise.all([barrier.wait(), barrier.wait()]);
    await expect(Promise.all([barrier.wait(), barrier.wait()])).resolves.toHaveLength(2);
  });

  test('abort fails current and later waiters with BrokenBarrierError', async () => {
    const barrier = new Barrier(2);
    const waiting = barrier.wait();
    await settle();
    barrier.abort();
    await expect(waiting).rejects.toThrow(BrokenBarrierError);
    await expect(barrier.wait()).rejects.toThrow(BrokenBarrierError);
    barrier.reset();
    expect(barrier.broken).toBe(false);
  });

  test('needs at least one party', () => {
    expect(() => new Barrier(0)).toThrow(RangeError);
  });
});
