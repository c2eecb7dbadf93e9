import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fc from 'fast-check';
import * as real from 'async-mutex';
import { sleep } from '@kit';
import { kataPaths, repoRoot } from '../../src/catalog';
import { scheduling } from '../../src/kit/scheduling';
import type { Verdict } from '../../src/sandbox/protocol';
import { BULK_STALL_MS, runInSandbox } from '../../src/sandbox/run-in-sandbox';
import * as shim from '../../src/sandbox/async-mutex-shim';
import { exploreMini, miniSpec } from '../explorer/mini-spec';
import { record, scriptArbitrary, type Step, type StepDriver, unordered, withFakeTime } from './async-mutex-script';

/**
 * The shim under the explorer, where its promises resume at scheduling points: the random scripts of
 * async-mutex-shim.test.ts against the real package, scenarios whose outcome depends on the schedule, and a
 * kata solution built on priorities judged like a learner's file.
 */
/**
 * Under the explorer a step has settled once every woken waiter resumed: a 0 ms sleep fires only when no flow
 * is ready, so the scheduler has resumed them all, in an order of its choosing.
 */
const underExplorer: StepDriver = {
  settle: () => sleep(0),
  advance: async (ms) => {
    await sleep(ms);
    await sleep(0);
  },
};

function firstDifference(expected: readonly Step[], actual: readonly Step[]): string | undefined {
  for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
    const [want, got] = [JSON.stringify(expected[i]), JSON.stringify(actual[i])];
    if (want !== got) return `step ${i}: expected ${want}, got ${got}`;
  }
  return undefined;
}

const SCRIPTS = 200;
const SCHEDULES_PER_SCRIPT = 4;

describe('the shim under the explorer behaves as async-mutex', () => {
  test(`${SCRIPTS} random scripts, ${SCHEDULES_PER_SCRIPT} sampled schedules each (plus the default one)`, async () => {
    await fc.assert(
      fc.asyncProperty(scriptArbitrary, async (script) => {
        const expected = unordered(await withFakeTime((driver) => record(real, script, driver)));
        let runs = 0;
        const spec = miniSpec(
          (ctx) => {
            let recording: Step[] | undefined;
            ctx.spawn('driver', async () => {
              recording = unordered(await record(shim, script, underExplorer));
            });
            return {
              check: () => {
                runs += 1;
                const difference = recording === undefined ? 'no recording' : firstDifference(expected, recording);
                return difference === undefined ? undefined : { message: difference };
              },
            };
          },
          [{ label: 'script', params: null, schedules: SCHEDULES_PER_SCRIPT }],
        );
        const result = await exploreMini(spec, { seed: script.ops.length, timeBudgetMs: Number.POSITIVE_INFINITY, shrinkBudget: 0 });
        const failure = result.failure?.outcome;
        expect(failure?.failure?.message ?? failure?.end.kind).toBeUndefined();
        expect(runs).toBe(SCHEDULES_PER_SCRIPT + 1);
      }),
      { numRuns: SCRIPTS, seed: 20_260_110 },
    );
  });
});

describe('scenarios whose outcome depends on the schedule', () => {
  test('a release hands the mutex to the highest-priority waiter, the longest waiting among equals, in every schedule', async () => {
    let handOvers = 0;
    let overtakes = 0;
    const spec = miniSpec((ctx) => {
      const mutex = new shim.Mutex();
      const waiting: Array<{ name: string; priority: number }> = [];
      let expectedNext: string | undefined;
      let wrong: string | undefined;
      const car = (name: string, priority: number) => async (): Promise<void> => {
        const queued = mutex.isLocked();
        if (queued) waiting.push({ name, priority });
        const release = await mutex.acquire(priority);
        if (queued) {
          if (name !== expectedNext) wrong ??= `${name} got the mutex, but ${expectedNext ?? 'nobody'} should have`;
          waiting.splice(waiting.findIndex((w) => w.name === name), 1);
        }
        await scheduling().point('holds the mutex');
        // The library's rule, restated: the highest priority, and among equals the first to queue.
        const best = waiting.reduce<{ name: string; priority: number } | undefined>((a, b) => (a === undefined || b.priority > a.priority ? b : a), undefined);
        expectedNext = best?.name;
        if (waiting.length > 1) handOvers += 1;
        if (best !== undefined && best !== waiting[0]) overtakes += 1;
        release();
      };
      ctx.spawn('low', car('low', 0));
      ctx.spawn('high', car('high', 2));
      ctx.spawn('middle', car('middle', 1));
      ctx.spawn('high too', car('high too', 2));
      return { check: () => (wrong === undefined ? undefined : { message: wrong }) };
    }, [{ label: 'four tasks, three priorities', params: null, exhaustive: true, preemptionBound: 2 }]);
    const result = await exploreMini(spec, { timeBudgetMs: Number.POSITIVE_INFINITY });
    expect(result.failure?.outcome.failure?.message ?? result.failure?.outcome.end.kind).toBeUndefined();
    expect(result.cases[0]?.complete).toBe(true);
    // The rule was put to the test: hand-overs with several waiters, some won by a later, higher priority.
    expect(handOvers).toBeGreaterThan(10);
    expect(overtakes).toBeGreaterThan(10);
  });

  test('withTimeout races the virtual clock: in time or E_TIMEOUT at exactly 50 ms, and a stale acquire gives the mutex back', async () => {
    const outcomes = new Set<string>();
    const spec = miniSpec((ctx) => {
      const mutex = new shim.Mutex();
      let releasedAt: number | undefined;
      let outcome: { what: string; at: number; queued: boolean } | undefined;
      ctx.spawn('holder', async () => {
        const release = await mutex.acquire();
        await ctx.activity('work', 10); // the environment may make it outlast the waiter's timeout
        releasedAt = ctx.now();
        release();
      });
      ctx.spawn('waiter', async () => {
        const queued = mutex.isLocked();
        try {
          const release = await shim.withTimeout(mutex, 50).acquire();
          outcome = { what: 'acquired', at: ctx.now(), queued };
          release();
        } catch (error) {
          outcome = { what: error === shim.E_TIMEOUT ? 'E_TIMEOUT' : String(error), at: ctx.now(), queued };
        }
      });
      return {
        check: () => {
          if (outcome === undefined || releasedAt === undefined) return { message: 'a task did not finish' };
          outcomes.add(`${outcome.what}${outcome.queued ? ' after queueing' : ''}`);
          const expected = !outcome.queued ? 'acquired at once' : releasedAt < 50 ? `acquired at ${releasedAt}` : 'E_TIMEOUT at 50';
          const actual = !outcome.queued ? `${outcome.what} at once` : `${outcome.what} at ${outcome.at}`;
          if (actual !== expected) return { message: 'wrong outcome', expected, actual };
          if (mutex.isLocked()) return { message: 'the timed-out acquire kept the mutex' };
          return undefined;
        },
      };
    });
    const result = await exploreMini(spec, { timeBudgetMs: Number.POSITIVE_INFINITY });
    expect(result.failure?.outcome.failure ?? result.failure?.outcome.end.kind).toBeUndefined();
    expect([...outcomes].sort()).toEqual(['E_TIMEOUT after queueing', 'acquired', 'acquired after queueing']);
  });

  test('tryAcquire fails only when its 0 ms timer fires: a lock released before then is taken', async () => {
    const seen = new Set<string>();
    const spec = miniSpec((ctx) => {
      const quick = new shim.Mutex();
      const slow = new shim.Mutex();
      const results: string[] = [];
      ctx.spawn('holder', async () => {
        const releaseQuick = await quick.acquire();
        const releaseSlow = await slow.acquire();
        await scheduling().point('holds both');
        releaseQuick(); // no time passes: before any timer
        await ctx.activity('work', 5);
        releaseSlow();
      });
      ctx.spawn('trier', async () => {
        for (const [name, mutex] of [['quick', quick], ['slow', slow]] as const) {
          const locked = mutex.isLocked();
          const outcome = await shim
            .tryAcquire(mutex)
            .acquire()
            .then(
              (release) => {
                release();
                return 'acquired';
              },
              (error: unknown) => (error === shim.E_ALREADY_LOCKED ? 'E_ALREADY_LOCKED' : String(error)),
            );
          results.push(`${name}${locked ? ' (locked at the call)' : ''}: ${outcome}`);
        }
      });
      return {
        check: () => {
          for (const line of results) seen.add(line);
          const wrong = results.find((line) => line === 'slow (locked at the call): acquired' || line.endsWith(': other'));
          return wrong === undefined ? undefined : { message: wrong };
        },
      };
    });
    const result = await exploreMini(spec, { timeBudgetMs: Number.POSITIVE_INFINITY });
    expect(result.failure?.outcome.failure ?? result.failure?.outcome.end.kind).toBeUndefined();
    expect(seen).toContain('quick (locked at the call): acquired');
    expect(seen).toContain('slow (locked at the call): E_ALREADY_LOCKED');
  });

  test('between the end of a runExclusive callback and the release, another task may run', async () => {
    const seen = new Set<string>();
    const spec = miniSpec((ctx) => {
      const mutex = new shim.Mutex();
      let finished = false;
      ctx.spawn('exclusive', () =>
        mutex.runExclusive(() => {
          finished = true;
        }),
      );
      ctx.spawn('observer', async () => {
        for (let look = 0; look < 3; look++) {
          if (finished) seen.add(mutex.isLocked() ? 'callback done, mutex still held' : 'callback done, mutex released');
          await scheduling().point('looks');
        }
      });
      return undefined;
    });
    const result = await exploreMini(spec, { timeBudgetMs: Number.POSITIVE_INFINITY });
    expect(result.failure).toBeUndefined();
    expect([...seen].sort()).toEqual(['callback done, mutex released', 'callback done, mutex still held']);
  });

  test('a deadlock report names the primitive and the priority a task waits with', async () => {
    const spec = miniSpec((ctx) => {
      const semaphore = new shim.Semaphore(1);
      ctx.spawn('greedy', async () => {
        await semaphore.acquire(2, 3);
      });
      return undefined;
    });
    const end = (await exploreMini(spec)).failure?.outcome.end;
    expect(end?.kind).toBe('deadlock');
    if (end?.kind === 'deadlock') expect(end.tasks[0]?.at).toMatch(/^acquire Semaphore#1 \(weight 2, priority 3\)/);
  });
});

describe('kata solutions built on async-mutex priorities, judged like a learner file', () => {
  const slug = 'traffic-light-intersection';
  const judge = (path: string): Promise<Verdict> =>
    runInSandbox(
      { slug, specPath: kataPaths(slug).spec, implPath: path, seed: 1, timeBudgetMs: Number.POSITIVE_INFINITY },
      { stallMs: BULK_STALL_MS },
    );
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kata-async-mutex-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test('the accepted idiom (green road first, decided under the mutex) passes', async () => {
    const verdict = await judge(join(repoRoot, 'tests', 'accepted', slug, 'async-mutex-priorities.ts'));
    expect(verdict.status === 'fail' ? verdict.headline : verdict.status).toBe('pass');
  });

  test('the same idiom deciding on arrival whether to switch is caught crossing on red', async () => {
    const path = join(dir, 'decides-on-arrival.ts');
    writeFileSync(
      path,
      `import { Mutex } from 'async-mutex';
export class TrafficLight {
  private green = 1;
  private readonly intersection = new Mutex();
  async carArrived(carId: number, roadId: number, direction: number, turnGreen: () => void, crossCar: () => Promise<void>): Promise<void> {
    const mustSwitch = this.green !== roadId; // stale by the time the mutex is ours
    if (mustSwitch) this.green = roadId;
    await this.intersection.runExclusive(async () => {
      if (mustSwitch) turnGreen();
      await crossCar();
    }, mustSwitch ? 0 : 1);
  }
}
`,
    );
    const verdict = await judge(path);
    expect(verdict.status).toBe('fail');
    if (verdict.status === 'fail') expect(verdict.kind).toBe('violation');
  });
});
