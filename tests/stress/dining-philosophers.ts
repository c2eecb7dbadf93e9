import { exportedClass, type Failure, type KataCase, type KataSpec, type Rng, type ScenarioContext } from '@spec';

interface DiningPhilosophers {
  wantsToEat(
    philosopher: number,
    pickLeftFork: () => void,
    pickRightFork: () => void,
    eat: () => Promise<void>,
    putLeftFork: () => void,
    putRightFork: () => void,
  ): Promise<void>;
}
type TableClass = new () => DiningPhilosophers;

interface Diner {
  readonly philosopher: number;
  /** How many times this task calls wantsToEat, one call after the other. */
  readonly calls: number;
}

interface Params {
  /** One task per entry; a philosopher with two entries has overlapping calls. */
  readonly diners: readonly Diner[];
  /** Virtual ms philosopher p eats (index p). */
  readonly eatMs: readonly number[];
  /** Virtual ms philosopher p thinks before each call (0: no thinking). */
  readonly thinkMs: readonly number[];
  /** How many tables (DiningPhilosophers objects) are in use at the same time, each with all the diners. */
  readonly tables?: number;
  /**
   * The tables must be independent: each schedule reports the most meals at once over all tables together,
   * and some schedule must have the same seat eating at two tables at once.
   */
  readonly apart?: boolean;
}

const SEATS = 5;
const leftFork = (p: number): number => p;
const rightFork = (p: number): number => (p + 1) % SEATS;
const adjacent = (a: number, b: number): boolean => a === b || rightFork(a) === b || rightFork(b) === a;

/** True when two of the hungry philosophers share no fork, so a fair table must let them eat together. */
function someCanEatTogether(params: Params): boolean {
  const hungry = [...new Set(params.diners.map((d) => d.philosopher))];
  return hungry.some((a) => hungry.some((b) => !adjacent(a, b)));
}

const everyone = (calls: number): Diner[] => Array.from({ length: SEATS }, (_, philosopher) => ({ philosopher, calls }));
const same = (ms: number): number[] => Array.from({ length: SEATS }, () => ms);

function randomTimes(rng: Rng): { eatMs: number[]; thinkMs: number[] } {
  return {
    eatMs: Array.from({ length: SEATS }, () => rng.int(1, 20)),
    thinkMs: Array.from({ length: SEATS }, () => (rng.chance(0.3) ? 0 : rng.int(1, 20))),
  };
}

type Side = 'left' | 'right';

/** What one call of wantsToEat did, checked as it happens. */
class Meal {
  readonly forks: Record<Side, number>;
  readonly counts = { pickLeftFork: 0, pickRightFork: 0, eat: 0, putLeftFork: 0, putRightFork: 0 };
  eating = false;
  returned = false;

  constructor(
    readonly philosopher: number,
    readonly who: string,
  ) {
    this.forks = { left: leftFork(philosopher), right: rightFork(philosopher) };
  }
}

/**
 * Dining Philosophers: five philosophers around a table, one fork between each pair; philosopher p's left fork
 * is fork p and its right fork fork (p + 1) % 5. Each wantsToEat call must pick up both forks, eat, and put
 * both down. Checked at every step: a fork is picked up only from the table and put down only by whoever
 * holds it, a philosopher eats holding both forks and keeps them until eat() finished; at the end: no
 * deadlock, every meal eaten. Across all schedules of a case: two philosophers who share no fork did eat at
 * the same time in at least one schedule (a table that lets one philosopher eat at a time is rejected).
 * One case has two tables (two objects) in use at once, each refereed on its own; in another, philosopher 0
 * alone at each of two tables, the two must have eaten at the same time in at least one schedule (tables that
 * share their forks are rejected).
 */
export const spec: KataSpec<TableClass, Params> = {
  slug: 'dining-philosophers',
  load: (exports) => exportedClass<TableClass>(exports, 'DiningPhilosophers', ['wantsToEat']),
  cases: (rng) => [
    {
      label: 'philosophers 0 and 1 (neighbours) eat once each',
      params: { diners: [{ philosopher: 0, calls: 1 }, { philosopher: 1, calls: 1 }], eatMs: same(10), thinkMs: same(0) },
      exhaustive: true,
    },
    {
      label: 'philosophers 4 and 0 (neighbours: fork 0 is the right fork of 4) eat once each',
      params: { diners: [{ philosopher: 4, calls: 1 }, { philosopher: 0, calls: 1 }], eatMs: same(10), thinkMs: same(0) },
      exhaustive: true,
    },
    // Every other pair that shares no fork, sampled: a table that serializes some of them (a lock per group of
    // seats, say) lets 0 and 2 eat together and still starves another pair of its concurrency. Before the
    // exhaustive pair below, whose search such a table can drive to the 20,000-schedule limit first.
    ...([[0, 3], [1, 3], [1, 4], [2, 4]] as const).map(([a, b]): KataCase<Params> => ({
      label: `philosophers ${a} and ${b} (not neighbours) eat once each, sampled`,
      params: { diners: [{ philosopher: a, calls: 1 }, { philosopher: b, calls: 1 }], eatMs: same(10), thinkMs: same(0) },
      schedules: 12,
    })),
    {
      label: 'philosophers 0 and 2 (not neighbours) eat once each',
      params: { diners: [{ philosopher: 0, calls: 1 }, { philosopher: 2, calls: 1 }], eatMs: same(10), thinkMs: same(0) },
      exhaustive: true,
    },
    {
      label: 'philosophers 1 and 2 (neighbours) eat twice each',
      params: { diners: [{ philosopher: 1, calls: 2 }, { philosopher: 2, calls: 2 }], eatMs: same(3), thinkMs: [0, 1, 2, 0, 0] },
      exhaustive: true,
    },
    {
      label: 'everyone eats once, all hungry at the same time',
      params: { diners: everyone(1), eatMs: same(10), thinkMs: same(0) },
      schedules: 250,
    },
    {
      label: 'two tables at the same time, everyone eats twice at each',
      params: { diners: everyone(2), eatMs: same(2), thinkMs: [0, 1, 0, 1, 0], tables: 2 },
      schedules: 40,
    },
    {
      label: 'two tables at the same time, philosopher 0 alone at each eats once (the tables share nothing)',
      params: { diners: [{ philosopher: 0, calls: 1 }], eatMs: same(10), thinkMs: same(0), tables: 2, apart: true },
      schedules: 20,
    },
    {
      label: "philosopher 0's calls overlap: two tasks for philosopher 0, 2 meals each, everyone else 2 meals",
      params: { diners: [{ philosopher: 0, calls: 2 }, ...everyone(2)], eatMs: same(5), thinkMs: [0, 3, 0, 3, 0] },
      schedules: 100,
    },
    {
      label: 'everyone eats twice, quick meals, no thinking',
      params: { diners: everyone(2), eatMs: same(1), thinkMs: same(0) },
      schedules: 100,
    },
    ((): KataCase<Params> => {
      const r = rng.fork(3);
      const calls = r.int(1, 12);
      const twice = r.int(0, SEATS - 1);
      return {
        label: `everyone eats ${calls} time(s), philosopher ${twice} from two tasks at once`,
        params: { diners: [...everyone(calls), { philosopher: twice, calls }], ...randomTimes(r) },
        schedules: 40,
      };
    })(),
    {
      label: 'everyone eats 3 times, thinking in between',
      params: { diners: everyone(3), ...randomTimes(rng.fork(1)) },
      schedules: 60,
    },
    {
      label: 'everyone eats 60 times',
      params: { diners: everyone(60), ...randomTimes(rng.fork(2)) },
      schedules: 10,
    },
  ],
  scenario(Table, params, ctx) {
    const everywhere: EatingCount = { now: 0, most: 0 };
    const tables = Array.from({ length: params.tables ?? 1 }, (_, t) =>
      seat(new Table(), params, (params.tables ?? 1) > 1 ? ` at table ${t + 1}` : '', ctx, everywhere),
    );
    return {
      check(): Failure | undefined {
        for (const table of tables) {
          const failure = table.check();
          if (failure !== undefined) return failure;
        }
        return undefined;
      },
      observe: () => (params.apart === true ? everywhere.most : Math.max(...tables.map((table) => table.mostAtOnce()))),
    };
  },
  across(observations, params) {
    if (observations.length === 0) return undefined;
    if (params.apart === true) {
      if (Math.max(...observations) >= 2) return undefined;
      return {
        message:
          `in none of ${observations.length} schedules did philosopher 0 eat at table 1 and at table 2 at the same time: ` +
          "one table's philosopher waited for the other table's meal, so the tables share their forks (kept outside the " +
          'object, say), but each table has its own five forks and they share nothing',
        expected: 'philosopher 0 eating at both tables at once in some schedule',
        actual: 'one meal at a time over both tables',
      };
    }
    if (!someCanEatTogether(params)) return undefined;
    const most = Math.max(...observations);
    if (most >= 2) return undefined;
    return {
      message:
        `in none of ${observations.length} schedules did two philosophers eat at the same time: the table is serialized ` +
        '(like one lock around the whole table), but philosophers who share no fork must be able to eat together',
      expected: 'two philosophers eating at once in some schedule',
      actual: 'at most one at a time',
    };
  },
};

/** Philosophers eating now, and the most at once, counted over all tables of a schedule. */
interface EatingCount {
  now: number;
  most: number;
}

/**
 * Seats the diners at one table: spawns their tasks and referees their forks. `where` (" at table 2", or
 * empty with one table) goes into task names and messages; `everywhere` counts meals over all tables.
 */
function seat(
  table: DiningPhilosophers,
  params: Params,
  where: string,
  ctx: ScenarioContext,
  everywhere: EatingCount,
): { check(): Failure | undefined; mostAtOnce(): number } {
  /** Who holds each fork (a Meal), or undefined while it lies on the table. */
  const holder: Array<Meal | undefined> = Array.from({ length: SEATS }, () => undefined);
  let eatingNow = 0;
  let mostAtOnce = 0;
  const tasksOf = new Map<number, number>();
  for (const d of params.diners) tasksOf.set(d.philosopher, (tasksOf.get(d.philosopher) ?? 0) + 1);
  const seen = new Map<number, number>();

  for (const diner of params.diners) {
    const p = diner.philosopher;
    const nth = (seen.get(p) ?? 0) + 1;
    seen.set(p, nth);
    const taskName = `${(tasksOf.get(p) ?? 1) > 1 ? `philosopher ${p} (task ${'ABCDE'[nth - 1] ?? nth})` : `philosopher ${p}`}${where}`;
    ctx.spawn(taskName, async () => {
      for (let k = 1; k <= diner.calls; k++) {
        const thinkMs = params.thinkMs[p] ?? 0;
        if (thinkMs > 0) await ctx.activity('think', thinkMs);
        const meal = new Meal(p, `${taskName}, meal ${k}`);
        const afterReturn = (what: string): boolean => {
          if (!meal.returned) return false;
          ctx.fail({
            message: `${meal.who}: ${what} was called after wantsToEat had returned; everything happens inside the call`,
            expected: 'no callback after wantsToEat returned',
            actual: `${what} afterwards`,
          });
          return true;
        };
        const pick = (side: Side) => (): void => {
          const name = side === 'left' ? 'pickLeftFork' : 'pickRightFork';
          meal.counts[name] += 1;
          if (afterReturn(`${name}()`)) return;
          const fork = meal.forks[side];
          const owner = holder[fork];
          ctx.output(`picks up fork ${fork} (${side})`);
          if (owner !== undefined) {
            ctx.fail({
              message:
                owner === meal
                  ? `${meal.who} picked up fork ${fork} (its ${side} fork) a second time while already holding it`
                  : `${meal.who} picked up fork ${fork} (its ${side} fork) while ${owner.who} still held it: ` +
                    'a fork can be picked up only when it lies on the table',
              expected: `fork ${fork} on the table`,
              actual: `fork ${fork} held by ${owner === meal ? 'the same meal' : owner.who}`,
            });
            return;
          }
          holder[fork] = meal;
        };
        const put = (side: Side) => (): void => {
          const name = side === 'left' ? 'putLeftFork' : 'putRightFork';
          meal.counts[name] += 1;
          if (afterReturn(`${name}()`)) return;
          const fork = meal.forks[side];
          const owner = holder[fork];
          ctx.output(`puts down fork ${fork} (${side})`);
          if (owner !== meal) {
            ctx.fail({
              message:
                `${meal.who} put down fork ${fork} (its ${side} fork) without holding it` +
                (owner === undefined ? ' (it lay on the table)' : ` (${owner.who} held it)`) +
                ': only the philosopher holding a fork may put it down',
              expected: `${meal.who} holds fork ${fork}`,
              actual: owner === undefined ? 'nobody held it' : `${owner.who} held it`,
            });
            return;
          }
          if (meal.eating) {
            ctx.fail({
              message: `${meal.who} put down fork ${fork} while still eating: eat() must finish (be awaited) before the forks go down`,
              expected: 'eat() finished first',
              actual: 'fork put down mid-meal',
            });
            return;
          }
          holder[fork] = undefined;
        };
        const eat = async (): Promise<void> => {
          meal.counts.eat += 1;
          if (afterReturn('eat()')) return;
          const missing = (['left', 'right'] as const).filter((side) => holder[meal.forks[side]] !== meal);
          if (missing.length > 0) {
            ctx.fail({
              message:
                `${meal.who} started eating without holding its ${missing.join(' and ')} fork` +
                ` (fork ${missing.map((side) => meal.forks[side]).join(' and ')}): a philosopher eats holding both forks`,
              expected: `holding forks ${meal.forks.left} and ${meal.forks.right}`,
              actual: `missing ${missing.map((side) => `fork ${meal.forks[side]}`).join(' and ')}`,
            });
            return;
          }
          if (meal.counts.eat > 1) {
            ctx.fail({ message: `${meal.who} ate twice in one call of wantsToEat`, expected: 'one eat() per call', actual: 'two' });
            return;
          }
          meal.eating = true;
          eatingNow += 1;
          mostAtOnce = Math.max(mostAtOnce, eatingNow);
          everywhere.now += 1;
          everywhere.most = Math.max(everywhere.most, everywhere.now);
          ctx.output(`eats (${eatingNow} eating now)`);
          await ctx.activity('eat', params.eatMs[p] ?? 10);
          eatingNow -= 1;
          everywhere.now -= 1;
          meal.eating = false;
        };
        await table.wantsToEat(p, pick('left'), pick('right'), eat, put('left'), put('right'));
        meal.returned = true;
        const wrong = Object.entries(meal.counts).filter(([, n]) => n !== 1);
        if (meal.eating) {
          ctx.fail({
            message: `${meal.who}: wantsToEat returned while the philosopher was still eating: await eat()`,
            expected: 'eat() finished before returning',
            actual: 'still eating',
          });
        } else if (wrong.length > 0) {
          ctx.fail({
            message:
              `${meal.who}: wantsToEat returned after calling ${wrong.map(([name, n]) => `${name} ${n} time(s)`).join(', ')}; ` +
              'each call must pick up both forks, eat and put both forks down, each exactly once',
            expected: 'each callback once',
            actual: wrong.map(([name, n]) => `${name} x${n}`).join(', '),
          });
        } else {
          const kept = (['left', 'right'] as const).filter((side) => holder[meal.forks[side]] === meal);
          if (kept.length > 0) {
            ctx.fail({
              message: `${meal.who}: wantsToEat returned still holding fork ${kept.map((side) => meal.forks[side]).join(' and ')}`,
              expected: 'both forks back on the table',
              actual: `holding fork ${kept.map((side) => meal.forks[side]).join(' and ')}`,
            });
          }
        }
      }
    });
  }

  return {
    check(): Failure | undefined {
      const held = holder.flatMap((meal, fork) => (meal === undefined ? [] : [`fork ${fork} (${meal.who})`]));
      if (held.length > 0) {
        return { message: `after every meal some forks were never put down: ${held.join(', ')}`, expected: 'all forks on the table', actual: held.join(', ') };
      }
      return undefined;
    },
    mostAtOnce: () => mostAtOnce,
  };
}

export default spec;
