import { sleep } from '@kit';
import { scheduling } from '../../src/kit/scheduling';
import { exploreMini, miniSpec } from './mini-spec';

describe('virtual time', () => {
  test('sleep advances the virtual clock only, and only when nothing else can run', async () => {
    const seen: Array<[string, number]> = [];
    const spec = miniSpec((ctx) => {
      ctx.spawn('sleeper', async () => {
        await sleep(10_000);
        seen.push(['sleeper', ctx.now()]);
      });
      ctx.spawn('busy', async () => {
        await scheduling().point('work');
        seen.push(['busy', ctx.now()]);
      });
      return undefined;
    });
    const result = await exploreMini(spec);
    expect(result.failure).toBeUndefined();
    expect(result.cases[0]?.complete).toBe(true);
    const at = (who: string): number[] => [...new Set(seen.filter(([name]) => name === who).map(([, t]) => t))].sort((a, b) => a - b);
    // The sleeper always wakes exactly on time. The busy task runs at once, or, when the environment starts
    // it late (a schedule the explorer must try: it is not started while the sleeper's timer is pending), just
    // after the timer: never at any time in between, since time only passes when nothing can run.
    expect(at('sleeper')).toEqual([10_000]);
    expect(at('busy')).toEqual([0, 10_001]);
  });

  // A deadline kept by reading the clock between short polls: no single timer of the code outlasts it, so only
  // an environment held back past every timer the code sets meanwhile (timing option 2) shows the give-up.
  test('a slow side outlasts a deadline kept by polling the clock', async () => {
    const spec = miniSpec((ctx) => {
      const state = { arrived: false, gaveUp: false };
      ctx.spawn('poller', async () => {
        const deadline = Date.now() + 2000;
        while (!state.arrived && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
        state.gaveUp = !state.arrived;
      });
      ctx.spawn('slow side', async () => {
        state.arrived = true;
        await Promise.resolve();
      });
      return { check: () => (state.gaveUp ? { message: 'the poller gave up before the slow side arrived' } : undefined) };
    });
    const result = await exploreMini(spec);
    expect(result.failure?.outcome.failure?.message).toBe('the poller gave up before the slow side arrived');
  });

  // The hold is bounded in steps too: a correct solution polling every millisecond with no deadline must not
  // be driven into the livelock limit while the environment is held back.
  test('holding the environment back does not turn a patient fast poll into a livelock', async () => {
    const spec = miniSpec((ctx) => {
      const state = { arrived: false };
      ctx.spawn('poller', async () => {
        while (!state.arrived) await new Promise((resolve) => setImmediate(resolve));
      });
      ctx.spawn('slow side', async () => {
        state.arrived = true;
        await Promise.resolve();
      });
      return undefined;
    });
    const result = await exploreMini(spec, { maxSteps: 5000 });
    expect(result.failure).toBeUndefined();
    expect(result.cases[0]?.complete).toBe(true);
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
