import { Lock, sleep } from '@kit';
import { ExhaustiveSearch } from '../../src/explorer/dfs';
import { type Decision, ScheduleMismatch } from '../../src/explorer/strategy';
import { scheduling } from '../../src/kit/scheduling';
import { exploreMini, miniSpec } from './mini-spec';

/** Two tasks, each passing `points` scheduling points after its start. */
const twoTasks = (points: number) =>
  miniSpec((ctx) => {
    for (const name of ['a', 'b']) {
      ctx.spawn(name, async () => {
        for (let i = 0; i < points; i++) await scheduling().point(`${name}${i}`);
      });
    }
    return undefined;
  });

describe('exhaustive exploration', () => {
  test.each([
    [0, 2],
    [1, 6],
    [2, 20],
    [3, 70],
  ])('two tasks with %i points each have C(2(k+1), k+1) = %i interleavings, all explored', async (points, expected) => {
    const result = await exploreMini(twoTasks(points));
    expect(result.cases[0]).toMatchObject({ mode: 'exhaustive', schedules: expected, complete: true });
  });

  test('finds the lock-order deadlock and names what each task waits for', async () => {
    const spec = miniSpec((ctx) => {
      const a = new Lock('A');
      const b = new Lock('B');
      ctx.spawn('ab', async () => {
        await a.acquire();
        await b.acquire();
        b.release();
        a.release();
      });
      ctx.spawn('ba', async () => {
        await b.acquire();
        await a.acquire();
        a.release();
        b.release();
      });
      return undefined;
    });
    const result = await exploreMini(spec);
    const end = result.failure?.outcome.end;
    expect(end?.kind).toBe('deadlock');
    if (end?.kind !== 'deadlock') return;
    expect(end.tasks.map((task) => `${task.name}: ${task.at}`).sort()).toEqual(['ab: acquire B', 'ba: acquire A']);
    expect(result.failure?.outcome.preemptions).toBe(1); // shrunk to the one switch the bug needs
  });

  test('a correct program explores completely without a failure', async () => {
    const spec = miniSpec((ctx) => {
      const lock = new Lock();
      let inside = 0;
      for (const name of ['x', 'y', 'z']) {
        ctx.spawn(name, async () => {
          await lock.withLock(async () => {
            inside += 1;
            if (inside > 1) ctx.fail({ message: 'two tasks inside' });
            await sleep(1);
            inside -= 1;
          });
        });
      }
      return undefined;
    });
    const result = await exploreMini(spec);
    expect(result.failure).toBeUndefined();
    expect(result.cases[0]?.complete).toBe(true);
  });
});

describe('preemption-bounded exhaustive exploration', () => {
  const bounded = (preemptionBound: number) =>
    miniSpec(
      (ctx) => {
        for (const name of ['a', 'b']) {
          ctx.spawn(name, async () => {
            for (let i = 0; i < 3; i++) await scheduling().point(`${name}${i}`);
          });
        }
        return undefined;
      },
      [{ label: 'bounded', params: null, exhaustive: true, preemptionBound }],
    );

  test.each([
    [0, 2], // only the start order is chosen
    [1, 2 + 2 * 3], // ... plus one switch away from the first task, after its start or one of its first two points
  ])('with bound %i it explores %i schedules, and says the search was complete', async (bound, expected) => {
    const result = await exploreMini(bounded(bound));
    expect(result.cases[0]).toMatchObject({ schedules: expected, complete: true });
  });
});

describe('flows inside one task', () => {
  test('two promise chains of one task woken at the same instant resume in either order', async () => {
    const orders = new Set<string>();
    const spec = miniSpec((ctx) => {
      const order: string[] = [];
      const flow = async (name: string): Promise<void> => {
        await sleep(5);
        order.push(name);
      };
      ctx.spawn('crawler', async () => {
        await Promise.all([flow('a'), flow('b')]);
        orders.add(order.join(''));
      });
      return undefined;
    });
    const result = await exploreMini(spec);
    expect(result.cases[0]).toMatchObject({ schedules: 2, complete: true });
    expect([...orders].sort()).toEqual(['ab', 'ba']);
  });
});

describe('ExhaustiveSearch replaying its path', () => {
  const task = (runnable: number[], last: number | undefined, index: number): Decision => ({ kind: 'task', runnable, last, index });
  const flowDecision: Decision = { kind: 'flow', task: 1, flows: 3, index: 0 };

  test('follows the recorded branch while the decisions are the same, and says when one changed', () => {
    const search = new ExhaustiveSearch();
    const first = search.strategy();
    expect(first.choose(task([0, 1, 2], 1, 0))).toBe(1); // the default: the last task goes on
    expect(first.choose({ kind: 'time', index: 1, hold: true })).toBe(0);
    expect(search.advance()).toBe(true); // next: the time decision's second option
    const second = search.strategy();
    expect(second.choose(task([0, 1, 2], 1, 0))).toBe(1);
    expect(second.choose({ kind: 'time', index: 1, hold: true })).toBe(1);
  });

  test.each([
    ['another default', task([0, 1, 2], 2, 0)],
    ['fewer tasks', task([0, 1], 1, 0)],
    ['another task', task([0, 1, 3], 1, 0)],
    ['another kind', flowDecision],
  ])('a decision with %s than recorded is a mismatch', (_, changed) => {
    const search = new ExhaustiveSearch();
    search.strategy().choose(task([0, 1, 2], 1, 0));
    expect(search.advance()).toBe(true);
    expect(() => search.strategy().choose(changed)).toThrow(ScheduleMismatch);
  });
});
