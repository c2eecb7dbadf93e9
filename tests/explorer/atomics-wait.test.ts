import { installTimeSources, uninstallTimeSources } from '../../src/explorer/time-sources';
import { exploreMini, miniSpec } from './mini-spec';

/**
 * `Atomics.waitAsync` under the explorer: its timeout is a timer on the run's virtual clock, and a notify wakes
 * the run's waiters, each a loop turn later.
 */
describe('Atomics.waitAsync on the virtual clock', () => {
  beforeAll(() => installTimeSources());
  afterAll(() => uninstallTimeSources());

  test('a timeout nobody notifies comes back "timed-out" in virtual time, so polling with it finishes', async () => {
    const runs: string[][] = [];
    const spec = miniSpec((ctx) => {
      const seen: string[] = [];
      runs.push(seen);
      const nap = new Int32Array(new SharedArrayBuffer(4));
      let ready = false;
      ctx.spawn('poller', async () => {
        let naps = 0;
        while (!ready) {
          const wait = Atomics.waitAsync(nap, 0, 0, 1);
          seen.push(wait.async ? await wait.value : wait.value);
          naps += 1;
        }
        seen.push(`${naps} naps by ${ctx.now()} ms`);
      });
      ctx.spawn('setter', async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        ready = true;
      });
      return undefined;
    });
    const result = await exploreMini(spec);
    expect(result.failure).toBeUndefined();
    // The first schedule starts both tasks at once: one nap a millisecond until the setter's 5 ms.
    const first = runs[0] ?? [];
    expect(first.at(-1)).toMatch(/^[56] naps by [56] ms$/);
    expect(new Set(first.slice(0, -1))).toEqual(new Set(['timed-out']));
  });

  test('a notify wakes as many waiters as it says, first come first served, with "ok", and counts them', async () => {
    const runs: string[][] = [];
    const spec = miniSpec((ctx) => {
      const seen: string[] = [];
      runs.push(seen);
      const cell = new Int32Array(new SharedArrayBuffer(8));
      ctx.spawn('waiters', async () => {
        const waits = ['a', 'b', 'c'].map((name) => {
          const wait = Atomics.waitAsync(cell, 1, 0, 50);
          return (wait.value as Promise<string>).then((outcome) => seen.push(`${name}:${outcome}@${ctx.now()}`));
        });
        seen.push(`not-equal: ${Atomics.waitAsync(cell, 0, 7).value as string}`);
        seen.push(`notified ${Atomics.notify(cell, 1, 2)}`);
        await Promise.all(waits);
      });
      return undefined;
    });
    const result = await exploreMini(spec);
    expect(result.failure).toBeUndefined();
    for (const seen of runs) expect(seen).toEqual(['not-equal: not-equal', 'notified 2', 'a:ok@1', 'b:ok@1', 'c:timed-out@50']);
  });

  test('a real-time "give up" timeout is outlasted by a late environment: the explorer finds it', async () => {
    const spec = miniSpec((ctx) => {
      const cell = new Int32Array(new SharedArrayBuffer(4));
      ctx.spawn('waiter', async () => {
        const wait = Atomics.waitAsync(cell, 0, 0, 200);
        const outcome = wait.async ? await wait.value : wait.value;
        if (outcome === 'timed-out') ctx.fail({ message: 'gave up before the other side came' });
      });
      ctx.spawn('other side', async () => {
        await ctx.activity('work', 10);
        Atomics.store(cell, 0, 1);
        Atomics.notify(cell, 0);
      });
      return undefined;
    });
    const result = await exploreMini(spec);
    expect(result.failure?.outcome.end).toMatchObject({ kind: 'violation', message: 'gave up before the other side came' });
  });

  test("inside a run the arguments are V8's to judge: a Number for a BigInt64Array cell throws V8's TypeError", async () => {
    const thrown: string[] = [];
    const spec = miniSpec((ctx) => {
      ctx.spawn('waiter', () => {
        try {
          Atomics.waitAsync(new BigInt64Array(new SharedArrayBuffer(8)), 0, 0 as unknown as bigint, 10);
        } catch (error) {
          thrown.push(error instanceof TypeError ? 'TypeError' : String(error));
        }
      });
      return undefined;
    });
    expect((await exploreMini(spec)).failure).toBeUndefined();
    expect(new Set(thrown)).toEqual(new Set(['TypeError']));
  });
});
