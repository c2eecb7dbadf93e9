import { exportedClass, type Failure, type KataCase, type KataSpec, type Rng, type ScenarioContext } from '@spec';

interface ReusableBarrier {
  wait(): Promise<number>;
}
type BarrierClass = new (parties: number) => ReusableBarrier;

/** One barrier and its parties: exactly `parties` tasks, each calling wait() once per round. */
interface BarrierSetup {
  readonly parties: number;
  readonly rounds: number;
  /** work[t][r]: virtual ms task t+1 works before its wait() of round r+1 (missing or 0: no work). */
  readonly work?: ReadonlyArray<readonly number[]>;
}

/** The barriers alive at the same time in one schedule (usually one), each with its own tasks. */
interface Params {
  readonly barriers: readonly BarrierSetup[];
}

const show = (value: unknown): string => {
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return typeof value === 'function' ? 'a function' : String(value);
};

function randomCase(rng: Rng, label: string, schedules: number): KataCase<Params> {
  const parties = rng.int(1, 5);
  const rounds = rng.int(1, 4);
  const work = Array.from({ length: parties }, () => Array.from({ length: rounds }, () => (rng.chance(0.4) ? 0 : rng.int(1, 10))));
  return { label: `${label}: ${parties} ${parties === 1 ? 'party' : 'parties'}, ${rounds} round${rounds === 1 ? '' : 's'}`, params: { barriers: [{ parties, rounds, work }] }, schedules };
}

const one = (setup: BarrierSetup): Params => ({ barriers: [setup] });

/** Every task works the same ms before each round, task t (1-based) `speeds[t-1]`. */
const speeds = (parties: number, rounds: number, ms: readonly number[]): BarrierSetup => ({
  parties,
  rounds,
  work: ms.map((m) => Array.from({ length: rounds }, () => m)),
});

/**
 * Reusable Barrier: `parties` tasks each call wait() once per round, for several rounds, with work (virtual
 * time) of different lengths before each; sometimes two barriers at once. Checked when each wait() returns:
 * every party had already called wait() for that round (nobody leaves round r before everyone reached it,
 * so a fast task cannot lap its partners), and the index returned is a whole number in 0..parties-1 that
 * nobody else got in that round. Every wait() must return (a task left waiting is a deadlock).
 */
export const spec: KataSpec<BarrierClass, Params> = {
  slug: 'reusable-barrier',
  load: (exports) => exportedClass<BarrierClass>(exports, 'ReusableBarrier', ['wait']),
  cases: (rng) => [
    { label: '2 parties, 2 rounds', params: one({ parties: 2, rounds: 2 }), exhaustive: true },
    { label: '3 parties, 1 round', params: one({ parties: 3, rounds: 1 }), exhaustive: true },
    { label: '2 parties, 3 rounds, task 2 works 5 ms before each round', params: one(speeds(2, 3, [0, 5])), exhaustive: true },
    { label: '3 parties, 2 rounds', params: one({ parties: 3, rounds: 2 }), schedules: 40 },
    { label: '1 party: every wait() returns at once, with index 0', params: one({ parties: 1, rounds: 3 }), schedules: 5 },
    { label: 'a fast task laps: 3 parties, 4 rounds, tasks working 0, 3 and 7 ms', params: one(speeds(3, 4, [0, 3, 7])), schedules: 40 },
    {
      label: '4 parties, 3 rounds, speeds changing from round to round',
      params: one({ parties: 4, rounds: 3, work: [[0, 9, 1], [4, 0, 0], [9, 2, 5], [1, 1, 9]] }),
      schedules: 40,
    },
    {
      label: 'two barriers at once (2 and 3 parties), each with its own tasks',
      params: { barriers: [speeds(2, 3, [1, 4]), speeds(3, 2, [0, 2, 5])] },
      schedules: 30,
    },
    randomCase(rng.fork(1), 'random', 25),
    randomCase(rng.fork(2), 'random', 25),
    randomCase(rng.fork(3), 'random', 25),
    // Two barriers of the same size: state a module keeps per number of parties is shared only then.
    {
      label: 'two barriers of 2 parties at once, each with its own tasks',
      params: { barriers: [speeds(2, 3, [1, 4]), speeds(2, 2, [3, 0])] },
      schedules: 30,
    },
  ],
  scenario(Barrier, params, ctx) {
    let firstTask = 1;
    for (const [b, setup] of params.barriers.entries()) {
      runBarrier(new Barrier(setup.parties), setup, { firstTask, label: params.barriers.length > 1 ? ` ${b + 1}` : '' }, ctx);
      firstTask += setup.parties;
    }
    return { check: (): Failure | undefined => undefined };
  },
};

/** Where a task is, as a failure message tells it. */
type Where = { readonly kind: 'working'; readonly round: number } | { readonly kind: 'waiting'; readonly round: number } | { readonly kind: 'finished' };

function runBarrier(barrier: ReusableBarrier, setup: BarrierSetup, naming: { readonly firstTask: number; readonly label: string }, ctx: ScenarioContext): void {
  const { parties, rounds } = setup;
  const label = naming.label;
  /** calls[r]: how many tasks have called wait() for round r (1-based). */
  const calls: number[] = Array.from({ length: rounds + 1 }, () => 0);
  /** indices[r]: index -> the task that got it in round r. */
  const indices = Array.from({ length: rounds + 1 }, () => new Map<number, string>());
  const names = Array.from({ length: parties }, (_, t) => `task ${naming.firstTask + t}`);
  const where: Where[] = names.map(() => ({ kind: 'working', round: 1 }));

  const describe = (t: number): string => {
    const w = where[t] as Where;
    const name = names[t] as string;
    if (w.kind === 'finished') return `${name} had finished`;
    if (w.kind === 'waiting') return `${name} was still waiting in round ${w.round}`;
    return w.round === 1 ? `${name} was still working before round 1` : `${name} was still working after round ${w.round - 1}`;
  };

  /** Task u has called wait() for round r (it waits in round r or later, works after round r, or finished). */
  const hasCalled = (u: number, r: number): boolean => {
    const w = where[u] as Where;
    if (w.kind === 'finished') return true;
    return w.kind === 'waiting' ? w.round >= r : w.round > r;
  };

  names.forEach((name, t) => {
    ctx.spawn(name, async () => {
      for (let r = 1; r <= rounds; r++) {
        const ms = setup.work?.[t]?.[r - 1] ?? 0;
        if (ms > 0) await ctx.activity(`work before round ${r}`, ms);
        calls[r] = (calls[r] ?? 0) + 1;
        where[t] = { kind: 'waiting', round: r };
        const index: unknown = await barrier.wait();
        where[t] = r === rounds ? { kind: 'finished' } : { kind: 'working', round: r + 1 };
        ctx.output(`round ${r}: index ${show(index)}`);
        const arrived = calls[r] ?? 0;
        if (arrived < parties) {
          const missing = names.map((_, u) => u).filter((u) => !hasCalled(u, r));
          ctx.fail({
            message:
              `${name} left round ${r} of the barrier${label} while only ${arrived} of its ${parties} parties had reached it ` +
              `(${missing.map(describe).join('; ')}): wait() may return only once every party has called it in that round`,
            expected: `${parties} parties in round ${r}`,
            actual: `${arrived}`,
          });
          return;
        }
        if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= parties) {
          ctx.fail({
            message: `${name}'s wait() in round ${r} returned ${show(index)}: the arrival index must be a whole number from 0 to ${parties - 1}`,
            expected: `0..${parties - 1}`,
            actual: show(index),
          });
          return;
        }
        const before = indices[r]?.get(index);
        if (before !== undefined) {
          ctx.fail({
            message: `${name} and ${before} both got arrival index ${index} in round ${r} of the barrier${label}: each index 0..${parties - 1} goes to exactly one party per round`,
            expected: 'distinct indices',
            actual: `${index} twice`,
          });
          return;
        }
        indices[r]?.set(index, name);
      }
    });
  });
}

export default spec;
