import { sleep } from '@kit';
import { scheduling } from '../../src/kit/scheduling';
import { exploreMini, miniSpec } from './mini-spec';

describe('virtual time', () => {
  test('sleep advances the virtual clock only, and only when nothing else can run', async () => {
    const seen: number[] = [];
    const spec = miniSpec((ctx) => {
      ctx.spawn('sleeper', async () => {
        await sleep(10_000);
        seen.push(ctx.now());
      });
      ctx.spawn('busy', async () => {
        await scheduling().point('work');
        seen.push(ctx.now());
      });
      return undefined;
    });
    const result = await exploreMini(spec);
    expect(result.failure).toBeUndefined();
    const sleeperWokeAt10s = seen.filter((t) => t === 10_000).length;
    const busyRanAt0 = seen.filter((t) => t === 0).length;
    expect(sleeperWokeAt10s).toBeGreaterThan(0);
    expect(busyRanAt0).toBe(sleeperWokeAt10s); // the busy task never waited for the sleeper
    expect(seen).toHaveLength(2 * sleeperWokeAt10s);
  });

  test('setTimeout in tested code runs on the virtual clock, in due order, inside its task', async () => {
    const order: string[] = [];
    const spec = miniSpec((ctx) => {
      ctx.spawn('timers', async () => {
        await new Promise<void>((resolve) => {
          setTimeout(() => order.push(`late@${ctx.now()} by ${ctx.taskName() ?? '?'}`), 20);
          setTimeout(() => {
            order.push(`early@${ctx.now()}`);
            resolve();
          }, 10);
        });
        await sleep(15);
      });
      return undefined;
    });
    await exploreMini(spec);
    expect(order.slice(0, 2)).toEqual(['early@10', 'late@20 by timers']);
  });
});

describe('faults', () => {
  test('a polling loop that never succeeds is a livelock, not a hang', async () => {
    const spec = miniSpec((ctx) => {
      ctx.spawn('poller', async () => {
        for (;;) await sleep(1);
      });
      return undefined;
    });
    const result = await exploreMini(spec, { maxSteps: 500 });
    expect(result.failure?.outcome.end.kind).toBe('livelock');
  });

  test('an exception in a task fails the schedule and names the task', async () => {
    const spec = miniSpec((ctx) => {
      ctx.spawn('thrower', () => {
        throw new Error('boom');
      });
      return undefined;
    });
    const end = (await exploreMini(spec)).failure?.outcome.end;
    expect(end).toMatchObject({ kind: 'crash', task: 'thrower' });
  });

  test('a task waiting on a plain promise that nobody resolves is a deadlock, one resolved later is not', async () => {
    const stuck = miniSpec((ctx) => {
      ctx.spawn('forever', () => new Promise<void>(() => undefined));
      return undefined;
    });
    expect((await exploreMini(stuck)).failure?.outcome.end.kind).toBe('deadlock');

    const fine = miniSpec((ctx) => {
      let release: () => void = () => undefined;
      const opened = new Promise<void>((resolve) => (release = resolve));
      ctx.spawn('waiter', () => opened);
      ctx.spawn('opener', async () => {
        await scheduling().point('before release');
        release();
      });
      return undefined;
    });
    expect((await exploreMini(fine)).failure).toBeUndefined();
  });
});
