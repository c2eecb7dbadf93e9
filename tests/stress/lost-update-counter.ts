import { exportedClass, type Failure, type KataCase, type KataSpec, type Rng, type ScenarioContext } from '@spec';

interface Store {
  get(key: string): Promise<number>;
  set(key: string, value: number): Promise<void>;
}
interface Counter {
  increment(key: string): Promise<number>;
}
type CounterClass = new (store: Store) => Counter;

/** A store call that fails: the `nth` call (from 1) of `op` on `key` throws after taking its time. */
interface StoreFault {
  readonly op: 'get' | 'set';
  readonly key: string;
  readonly nth: number;
}

/** One counter on its own store, and the tasks that use it. */
interface CounterSetup {
  /** Values the store holds before the first call, as [key, value] pairs (other keys start at 0). */
  readonly initial: ReadonlyArray<readonly [string, number]>;
  /** Virtual ms a get and a set take. */
  readonly getMs: number;
  readonly setMs: number;
  /** One task per entry: the keys it increments, one call after the other. */
  readonly tasks: ReadonlyArray<readonly string[]>;
  /** Virtual ms each task rests before its first increment (default 0). */
  readonly restMs?: readonly number[];
  readonly faults?: readonly StoreFault[];
  /** Each task makes one increment, and increments of different keys must run side by side (see overlapCase). */
  readonly overlap?: boolean;
}

interface Params {
  /** The counters alive at the same time, each on its own store with its own tasks. */
  readonly counters: readonly CounterSetup[];
}

/** The error the spec's store throws; increments must reject with it, and nothing else is caught. */
class StoreFailure extends Error {
  override name = 'StoreFailure';
}

const show = (value: unknown): string => {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return typeof value === 'function' ? 'a function' : String(value);
};
const q = (key: string): string => JSON.stringify(key);

const setup = (tasks: string[][], extra: Partial<CounterSetup> = {}): CounterSetup => ({ initial: [], getMs: 10, setMs: 10, tasks, ...extra });
const one = (counter: CounterSetup): Params => ({ counters: [counter] });

/**
 * A case in which each task makes one increment and the increments may overlap wherever their keys differ:
 * with one lock per key, an increment waits at most for the other increments of its key, so each task's
 * increment takes at most (increments of its key) x (get + set) from the task's start, plus a small slack for
 * a solution that yields to the event loop now and then. Checked per task, since tasks may start late.
 */
function overlapCase(label: string, counters: CounterSetup[], extra: Partial<KataCase<Params>> = {}): KataCase<Params> {
  return { label, params: { counters: counters.map((c) => ({ ...c, overlap: true })) }, ...extra };
}

function randomCase(rng: Rng, label: string, schedules: number): KataCase<Params> {
  const pool = rng.chance(0.5) ? ['a', 'b'] : ['a', 'b', 'c'];
  const tasks = Array.from({ length: rng.int(2, 5) }, () => Array.from({ length: rng.int(1, 4) }, () => rng.pick(pool)));
  const initial: Array<[string, number]> = [];
  for (const key of pool) if (rng.chance(0.5)) initial.push([key, rng.int(1, 100)]);
  const faults: StoreFault[] = [];
  if (rng.chance(0.5)) faults.push({ op: rng.chance(0.5) ? 'get' : 'set', key: rng.pick(pool), nth: rng.int(1, 3) });
  const counter = setup(tasks, {
    initial,
    getMs: rng.int(1, 12),
    setMs: rng.int(1, 12),
    restMs: tasks.map(() => (rng.chance(0.5) ? 0 : rng.int(1, 25))),
    faults,
  });
  const total = tasks.flat().length;
  return { label: `${label}: ${tasks.length} tasks, ${total} increments of keys ${pool.join(', ')}${faults.length > 0 ? ', one store call fails' : ''}`, params: one(counter), schedules };
}

/**
 * Lost Update Counter: counters keep numbers in a store whose get and set take virtual time (and, in some
 * cases, fail). Tasks call increment(key) one after the other; different tasks' calls overlap. Checked while
 * running: no write replaces a value with one that is not larger (that write would undo an increment that
 * already landed), each increment resolves to a whole number above the key's value when it was called and at
 * most the value the store holds when it resolves (its write landed first), no two increments of a key resolve
 * to the same number, a failed store call rejects its increment with that very error. At the end: each key
 * holds its initial value plus the number of increments that resolved, every store failure rejected one
 * increment. Overlap cases: increments of different keys (and of different counters) must run side by side,
 * so the whole run finishes in the time the busiest key needs, not the time of one increment after another.
 */
export const spec: KataSpec<CounterClass, Params> = {
  slug: 'lost-update-counter',
  load: (exports) => exportedClass<CounterClass>(exports, 'Counter', ['increment']),
  cases: (rng) => [
    { label: 'two tasks increment "a" once each', params: one(setup([['a'], ['a']])), exhaustive: true },
    overlapCase('two tasks, one increment each of "a" and "b", at once', [setup([['a'], ['b']], { getMs: 10, setMs: 6 })], { exhaustive: true, preemptionBound: 1 }),
    {
      label: 'two tasks increment "a" twice each, the first set of "a" fails',
      params: one(setup([['a', 'a'], ['a', 'a']], { getMs: 3, setMs: 5, faults: [{ op: 'set', key: 'a', nth: 1 }] })),
      exhaustive: true,
      preemptionBound: 2,
    },
    {
      label: 'three tasks increment "a" (the third arrives later), starting from 7',
      params: one(setup([['a'], ['a'], ['a']], { initial: [['a', 7]], restMs: [0, 0, 15] })),
      schedules: 60,
    },
    {
      label: 'three tasks increment "a" twice each',
      params: one(setup([['a', 'a'], ['a', 'a'], ['a', 'a']], { getMs: 4, setMs: 6 })),
      schedules: 40,
    },
    {
      label: 'a get fails: two tasks increment "a" twice each, the second get of "a" fails',
      params: one(setup([['a', 'a'], ['a', 'a']], { getMs: 5, setMs: 3, faults: [{ op: 'get', key: 'a', nth: 2 }] })),
      schedules: 40,
    },
    overlapCase('four keys, one increment each, all at once', [setup([['a'], ['b'], ['c'], ['d']], { getMs: 7, setMs: 9 })], { schedules: 20 }),
    overlapCase('"a" from two tasks and "b" from one, at once', [setup([['a'], ['a'], ['b']])], { schedules: 30 }),
    overlapCase('two counters at once, each on its own store, both increment "a"', [setup([['a']]), setup([['a']], { getMs: 10, setMs: 10 })], { schedules: 20 }),
    {
      label: 'keys that are names on every object: "constructor", "__proto__", "toString", "hasOwnProperty"',
      params: one(setup([['constructor', '__proto__'], ['toString', 'constructor'], ['hasOwnProperty', '__proto__']], { getMs: 2, setMs: 3 })),
      schedules: 20,
    },
    {
      label: 'keys "", "1", "01" and " " (any distinct strings are distinct keys)',
      params: one(setup([['', '1'], ['01', ' '], ['1', '']], { getMs: 2, setMs: 2, initial: [['1', 40], ['01', 5]] })),
      schedules: 20,
    },
    // Character codes 97, 113, 65 and 33 differ by 16, 32, 48, 64 and 80: locks striped by a hash of the key
    // (any hash linear in the last character, modulo 16 or 32, say) put some of them on one stripe.
    overlapCase('keys "a", "q", "A" and "!", one increment each, all at once', [setup([['a'], ['q'], ['A'], ['!']], { getMs: 5, setMs: 7 })], { schedules: 20 }),
    {
      label: 'counts past 2^31 and 2^32: "a" starts at 2147483647, "b" at 4294967295, three increments of each',
      params: one(setup([['a', 'b'], ['b', 'a'], ['a', 'b']], { getMs: 3, setMs: 4, initial: [['a', 2 ** 31 - 1], ['b', 2 ** 32 - 1]] })),
      schedules: 20,
    },
    {
      label: 'many increments: 4 tasks, 8 increments each of "a" and "b"',
      params: one(setup(Array.from({ length: 4 }, (_, t) => Array.from({ length: 8 }, (_, i) => ((i + t) % 2 === 0 ? 'a' : 'b'))), { getMs: 2, setMs: 3 })),
      schedules: 10,
    },
    randomCase(rng.fork(1), 'random', 30),
    randomCase(rng.fork(2), 'random', 30),
    randomCase(rng.fork(3), 'random', 30),
  ],
  scenario(Counter, params, ctx) {
    const runs = params.counters.map((c, i) => runCounter(Counter, c, params.counters.length > 1 ? ` of counter ${i + 1}` : '', ctx));
    return {
      check(): Failure | undefined {
        for (const run of runs) {
          const failure = run();
          if (failure !== undefined) return failure;
        }
        return undefined;
      },
    };
  },
};

/** Spawns one counter's tasks on a fresh store; returns the check to run when every task has finished. */
function runCounter(Counter: CounterClass, c: CounterSetup, label: string, ctx: ScenarioContext): () => Failure | undefined {
  const values = new Map<string, number>(c.initial);
  const initialOf = (key: string): number => new Map(c.initial).get(key) ?? 0;
  const valueOf = (key: string): number => values.get(key) ?? 0;
  /** Every value each key has held (its starting value, then every value written). */
  const held = new Map<string, Set<number>>();
  const heldBy = (key: string): Set<number> => {
    let seen = held.get(key);
    if (seen === undefined) {
      seen = new Set([initialOf(key)]);
      held.set(key, seen);
    }
    return seen;
  };
  const calls = new Map<string, number>();
  const thrown: StoreFailure[] = [];
  const results = new Map<string, Map<number, string>>();
  const claimed = new Set<StoreFailure>();
  const slowest: Array<{ name: string; key: string; ms: number }> = [];

  const maybeFail = (op: 'get' | 'set', key: string): void => {
    const id = `${op} ${key}`;
    const nth = (calls.get(id) ?? 0) + 1;
    calls.set(id, nth);
    if (c.faults?.some((f) => f.op === op && f.key === key && f.nth === nth) === true) {
      const error = new StoreFailure(`the store failed: ${op}(${q(key)}) call ${nth}${label}`);
      thrown.push(error);
      ctx.output(`${op}(${q(key)}) failed`);
      throw error;
    }
  };

  const store: Store = {
    async get(key: string): Promise<number> {
      await ctx.activity(`get ${q(key)}`, c.getMs);
      maybeFail('get', key);
      const value = valueOf(key);
      ctx.output(`get(${q(key)}) → ${value}`);
      return value;
    },
    async set(key: string, value: number): Promise<void> {
      await ctx.activity(`set ${q(key)}`, c.setMs);
      maybeFail('set', key);
      const before = valueOf(key);
      ctx.output(`set(${q(key)}, ${show(value)})`);
      if (typeof value !== 'number' || !Number.isInteger(value)) {
        ctx.fail({ message: `set(${q(key)}, ${show(value)})${label}: a counter writes whole numbers`, expected: 'a whole number', actual: show(value) });
        return;
      }
      if (value <= before && !heldBy(key).has(value - 1)) {
        ctx.fail({
          message:
            `set(${q(key)}, ${value})${label} replaced ${before} with ${value}, and ${value} is not one more than any value ${q(key)} has held: ` +
            `it is not a value the store returned plus 1. Counts are whole numbers from 0 up and go past 2147483647 (2^31 - 1); ` +
            `did the arithmetic wrap (32-bit operations such as \`| 0\` or \`>>> 0\` do)?`,
          expected: `a value above ${before}`,
          actual: `${value}`,
        });
        return;
      }
      if (value <= before) {
        ctx.fail({
          message:
            `set(${q(key)}, ${value})${label} replaced ${before} with ${value}: a lost update. This write was computed from a value ` +
            `read before another increment's write landed, and it undoes that increment`,
          expected: `a value above ${before}`,
          actual: `${value}`,
        });
        return;
      }
      values.set(key, value);
      heldBy(key).add(value);
    },
  };
  const counter = new Counter(store);

  c.tasks.forEach((keys, t) => {
    const name = `task ${t + 1}${label}`;
    ctx.spawn(name, async () => {
      const rest = c.restMs?.[t] ?? 0;
      if (rest > 0) await ctx.activity('rest', rest);
      const started = ctx.now();
      for (const key of keys) {
        const atStart = valueOf(key);
        const failuresBefore = thrown.length;
        let result: unknown;
        try {
          result = await counter.increment(key);
        } catch (error) {
          if (!(error instanceof StoreFailure)) throw error; // the learner's own exception: a crash
          const own = thrown.indexOf(error);
          if (own < failuresBefore) {
            ctx.fail({
              message: `increment(${q(key)})${label} rejected with "${error.message}", which the store had thrown before this increment was called`,
              expected: 'only the failure of a store call this increment made',
              actual: error.message,
            });
            return;
          }
          if (claimed.has(error)) {
            ctx.fail({
              message: `two increments of ${q(key)}${label} rejected with the same store failure ("${error.message}"): each failed store call fails the one increment that made it`,
              expected: 'each failure once',
              actual: `"${error.message}" twice`,
            });
            return;
          }
          claimed.add(error);
          ctx.output(`increment(${q(key)}) rejected`);
          continue;
        }
        const now = valueOf(key);
        ctx.output(`increment(${q(key)}) → ${show(result)}`);
        if (typeof result !== 'number' || !Number.isInteger(result)) {
          ctx.fail({ message: `increment(${q(key)})${label} resolved to ${show(result)}; it resolves to the key's new value`, expected: 'a whole number', actual: show(result) });
          return;
        }
        if (result > now) {
          const swallowed = thrown.length > failuresBefore && !claimed.has(thrown[thrown.length - 1] as StoreFailure);
          ctx.fail({
            message:
              `increment(${q(key)})${label} resolved to ${result} while the store still held ${now}: ` +
              (swallowed
                ? 'a store call failed meanwhile and wrote nothing; an increment whose store call fails rejects with that error'
                : 'resolve only after the write has landed'),
            expected: `at most ${now}`,
            actual: `${result}`,
          });
          return;
        }
        if (result <= atStart) {
          ctx.fail({
            message: `increment(${q(key)})${label} resolved to ${result}, but ${q(key)} already was ${atStart} when it was called: it resolves to the value after its own increment`,
            expected: `above ${atStart}`,
            actual: `${result}`,
          });
          return;
        }
        const seen = results.get(key) ?? new Map<number, string>();
        results.set(key, seen);
        const other = seen.get(result);
        if (other !== undefined) {
          ctx.fail({
            message: `two increments of ${q(key)}${label} resolved to ${result} (${other} and ${name}): one of the two was lost`,
            expected: 'a different value for each increment',
            actual: `${result} twice`,
          });
          return;
        }
        seen.set(result, name);
      }
      if (c.overlap === true) slowest.push({ name, key: keys[0] ?? '', ms: ctx.now() - started });
    });
  });

  return (): Failure | undefined => {
    const keys = new Set([...c.initial.map(([key]) => key), ...c.tasks.flat()]);
    for (const key of keys) {
      const expected = initialOf(key) + (results.get(key)?.size ?? 0);
      const actual = valueOf(key);
      if (actual !== expected) {
        const started = initialOf(key);
        return {
          message:
            `${q(key)}${label} started at ${started} and ${results.get(key)?.size ?? 0} increment(s) of it resolved, ` +
            `but the store holds ${actual}: ${actual < expected ? 'an update was lost' : 'it was incremented more often than increments resolved'}`,
          expected: `${expected}`,
          actual: `${actual}`,
        };
      }
    }
    const each = c.getMs + c.setMs;
    const slack = Math.max(4, Math.floor(each / 2));
    for (const task of slowest) {
      const sameKey = c.tasks.filter((keys) => keys.includes(task.key)).length;
      const bound = sameKey * each + slack;
      if (task.ms > bound) {
        const others = c.tasks.length - sameKey;
        return {
          message:
            `${task.name}'s increment(${q(task.key)}) took ${task.ms} virtual ms: it waited for ` +
            `${others > 0 ? 'increments of other keys' : 'the other counter (counters on their own stores share nothing)'}. With one lock per key it ` +
            (sameKey > 1 ? `waits only for the ${sameKey - 1} other increment(s) of ${q(task.key)}${label}` : 'waits for nothing') +
            ` and is done within ${bound} ms; one increment takes ${each} ms`,
          expected: `at most ${bound} ms`,
          actual: `${task.ms} ms`,
        };
      }
    }
    if (claimed.size !== thrown.length) {
      return {
        message:
          `the store failed ${thrown.length} time(s)${label}, but ${claimed.size} increment(s) rejected: ` +
          'an increment whose store call fails rejects with that error (no retry, no swallowing it)',
        expected: `${thrown.length} rejected`,
        actual: `${claimed.size}`,
      };
    }
    return undefined;
  };
}

export default spec;
