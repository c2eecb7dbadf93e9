import { IdleProbe } from '../../src/explorer/idle-probe';

/** A chain of `hops` promise continuations, each queued by the one before; resolves with the hops run. */
async function chain(hops: number, progress: { ran: number }): Promise<void> {
  for (let i = 0; i < hops; i++) {
    await Promise.resolve();
    progress.ran += 1;
  }
}

describe('IdleProbe', () => {
  test('calls back only once every microtask set off before it ran, however long the chain', async () => {
    const probe = new IdleProbe();
    const seen: Array<[number, number]> = [];
    await new Promise<void>((done) => {
      let round = 0;
      const step = (): void => {
        // Each callback starts a chain of another length, then asks again: a probe that fired after a fixed
        // number of microtasks, or before the immediates queued ahead of time were drained, would see it unfinished.
        const hops = [0, 1, 7, 300, 2, 1000, 5][round % 7] as number;
        const progress = { ran: 0 };
        void chain(hops, progress);
        round += 1;
        if (round > 200) {
          done();
          return;
        }
        probe.arm(() => {
          seen.push([progress.ran, hops]);
          step();
        });
      };
      step();
    });
    expect(seen).toHaveLength(200);
    for (const [ran, hops] of seen) expect(ran).toBe(hops);
  });

  test('an armed callback runs once, and arming again replaces it', async () => {
    const probe = new IdleProbe();
    const calls: string[] = [];
    probe.arm(() => calls.push('first'));
    probe.arm(() => calls.push('second'));
    await new Promise<void>((done) => {
      probe.arm(() => {
        calls.push('third');
        done();
      });
    });
    await new Promise<void>((done) => setImmediate(done));
    expect(calls).toEqual(['third']);
  });
});
