import { exportedClass, type Failure, firstFailure, type KataCase, type KataSpec, type Rng, type ScenarioContext } from '@spec';

interface TaskQueue {
  put(item: number): Promise<void>;
  get(): Promise<number>;
  taskDone(): unknown;
  join(): Promise<void>;
}
type QueueClass = new (capacity: number) => TaskQueue;

/** One queue and the tasks that use it. */
interface QueueSetup {
  readonly capacity: number;
  /**
   * The coordinator puts these batches one after the other and joins after each; a batch of 0 is a join on an
   * idle queue. Its items are 101, 102, ... in order.
   */
  readonly batches: readonly number[];
  /** Other producers, each putting this many items (k01, k02, ... for producer k) and never joining. */
  readonly producers?: readonly number[];
  /** How many items each worker handles (get, work, taskDone); the total equals the items put. */
  readonly workers: readonly number[];
  /** Virtual ms each worker spends on an item between get() and taskDone() (0: none). */
  readonly workMs: readonly number[];
  /** Virtual ms the workers rest before their first get() (a probe that put really waits when full). */
  readonly workersRest?: number;
  /** Other joiners: each rests this many virtual ms (0: none), then calls join() once. */
  readonly joiners?: readonly number[];
  /**
   * The coordinator calls taskDone() once when nothing can be unfinished (before its first batch, and after
   * each join when no put is under way), and it must throw.
   */
  readonly probe?: boolean;
}

/** The queues alive at the same time in one schedule (usually one), each with its own tasks. */
interface Params {
  readonly queues: readonly QueueSetup[];
}

const show = (value: unknown): string => {
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return typeof value === 'function' ? 'a function' : String(value);
};

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  (typeof value === 'object' || typeof value === 'function') && value !== null && typeof (value as { then?: unknown }).then === 'function';

const sum = (counts: readonly number[]): number => counts.reduce((a, b) => a + b, 0);

function split(total: number, parts: number, rng: Rng): number[] {
  const counts = Array.from({ length: parts }, () => 1);
  for (let left = total - parts; left > 0; left--) {
    const at = rng.int(0, parts - 1);
    counts[at] = (counts[at] ?? 0) + 1;
  }
  return counts;
}

function randomCase(rng: Rng, label: string, schedules: number): KataCase<Params> {
  const capacity = rng.int(1, 4);
  const batches = Array.from({ length: rng.int(1, 3) }, () => rng.int(0, 5));
  const producers = rng.chance(0.5) ? Array.from({ length: rng.int(1, 2) }, () => rng.int(1, 4)) : [];
  const total = sum(batches) + sum(producers);
  const workerCount = rng.int(1, Math.max(1, Math.min(4, total)));
  const workers = total === 0 ? [0] : split(total, workerCount, rng);
  const setup: QueueSetup = {
    capacity,
    batches,
    producers,
    workers,
    workMs: workers.map(() => (rng.chance(0.2) ? 0 : rng.int(1, 10))),
    joiners: Array.from({ length: rng.int(0, 3) }, () => rng.int(0, 15)),
    probe: true,
  };
  return {
    label: `${label}: capacity ${capacity}, batches [${batches.join(', ')}], ${producers.length} other producer(s), ${workers.length} worker(s), ${setup.joiners?.length ?? 0} other joiner(s)`,
    params: { queues: [setup] },
    schedules,
  };
}

const one = (setup: QueueSetup): Params => ({ queues: [setup] });

/**
 * Task Queue with Join: a coordinator puts batches of items and joins after each, workers get items, work on
 * them (virtual time) and call taskDone(), other producers and joiners come and go; sometimes two queues at
 * once. Checked while running: put never returns into a full queue, get never returns from an empty one (nor
 * an item nobody put, nor one twice), join() returns only if, at some instant since it was called, every
 * item put had been marked done, and taskDone() on a queue with nothing unfinished throws. At the end: every
 * item came out and was done, first in first out.
 */
export const spec: KataSpec<QueueClass, Params> = {
  slug: 'task-queue-join',
  load: (exports) => exportedClass<QueueClass>(exports, 'TaskQueue', ['put', 'get', 'taskDone', 'join']),
  cases: (rng) => [
    {
      label: 'capacity 1, 1 item worked on for 5 ms, the coordinator joins; taskDone() probed before and after',
      params: one({ capacity: 1, batches: [1], workers: [1], workMs: [5], probe: true }),
      exhaustive: true,
    },
    {
      label: 'capacity 1, 2 items: the second put() must wait for the worker',
      params: one({ capacity: 1, batches: [2], workers: [2], workMs: [1] }),
      exhaustive: true,
    },
    {
      label: 'join() on a fresh queue, then a batch of 1 and join() again',
      params: one({ capacity: 1, batches: [0, 1], workers: [1], workMs: [2], probe: true }),
      exhaustive: true,
    },
    {
      label: 'two other joiners wait while the only item is worked on',
      params: one({ capacity: 1, batches: [1], workers: [1], workMs: [5], joiners: [0, 0] }),
      schedules: 40,
    },
    {
      label: 'two batches with a join between them, two workers, a joiner, taskDone() probed',
      params: one({ capacity: 2, batches: [3, 2], workers: [3, 2], workMs: [2, 3], joiners: [1], probe: true }),
      schedules: 40,
    },
    {
      label: 'workers start late: the coordinator fills a queue of capacity 2 and must wait',
      params: one({ capacity: 2, batches: [4], workers: [2, 2], workMs: [1, 1], workersRest: 20 }),
      schedules: 30,
    },
    {
      label: 'joiners at different times, a second producer, three workers, capacity 2',
      params: one({ capacity: 2, batches: [3], producers: [3], workers: [2, 2, 2], workMs: [3, 1, 4], joiners: [0, 2, 6, 20] }),
      schedules: 30,
    },
    {
      label: 'two queues at once (capacity 1 and 3): joining one does not wait for the other',
      params: {
        queues: [
          { capacity: 1, batches: [2, 1], workers: [3], workMs: [2], probe: true },
          { capacity: 3, batches: [3], workers: [1, 2], workMs: [10, 5], joiners: [0], probe: true },
        ],
      },
      schedules: 30,
    },
    randomCase(rng.fork(1), 'random', 25),
    randomCase(rng.fork(2), 'random', 25),
    randomCase(rng.fork(3), 'random', 25),
  ],
  scenario(Queue, params, ctx) {
    const clock = { ticks: 0 };
    const checks = params.queues.map((setup, q) => runQueue(new Queue(setup.capacity), setup, params.queues.length > 1 ? ` of queue ${q + 1}` : '', clock, ctx));
    return { check: () => firstFailure(checks) };
  },
};

/** What happened to one item; ticks of the schedule's logical clock. */
interface ItemLog {
  readonly by: string;
  putStart: number;
  putEnd?: number;
  getStart?: number;
  getEnd?: number;
  takenBy?: string;
  done: boolean;
}

/** A join() under way, and whether everything put was done at some instant since it was called. */
interface PendingJoin {
  sawIdle: boolean;
}

/** Spawns the tasks of one queue; returns the check to run when every task finished. */
function runQueue(queue: TaskQueue, setup: QueueSetup, label: string, clock: { ticks: number }, ctx: ScenarioContext): () => Failure | undefined {
  const { capacity } = setup;
  const suffix = label === '' ? '' : label.replace(' of queue', ',');
  const items = new Map<number, ItemLog>();
  let putStarted = 0;
  let putDone = 0;
  let getStarted = 0;
  let getDone = 0;
  let doneCount = 0;
  const joins = new Set<PendingJoin>();

  /** Everything whose put returned has been marked done (a lower bound of "nothing is unfinished"). */
  const idle = (): boolean => putDone <= doneCount;

  const pendingItems = (): string => {
    const parts: string[] = [];
    for (const [x, log] of items) {
      if (log.putEnd === undefined || log.done) continue;
      parts.push(log.takenBy === undefined ? `${x} was still in the queue` : `${log.takenBy} was still working on ${x} (its get() had returned, it had not called taskDone() yet)`);
    }
    return parts.join('; ');
  };

  const put = async (x: number, name: string): Promise<void> => {
    putStarted += 1;
    items.set(x, { by: name, putStart: ++clock.ticks, done: false });
    await queue.put(x);
    putDone += 1;
    const log = items.get(x) as ItemLog;
    log.putEnd = ++clock.ticks;
    ctx.output(`put ${x}`);
    if (putDone > capacity + getStarted) {
      ctx.fail({
        message:
          `put(${x}) returned while the queue${label} was full: it should wait until a worker gets an item, ` +
          `but ${putDone} puts had finished and only ${getStarted} get(s) had even started (capacity ${capacity})`,
        expected: `at most ${capacity} item(s) inside`,
        actual: `at least ${putDone - getStarted}`,
      });
    }
  };

  const join = async (name: string): Promise<void> => {
    const pending: PendingJoin = { sawIdle: idle() };
    joins.add(pending);
    await queue.join();
    joins.delete(pending);
    ctx.output('join() returned');
    if (!pending.sawIdle) {
      ctx.fail({
        message:
          `${name}'s join()${label} returned before every item put was done: ${pendingItems()}. ` +
          `join() may return only once every item put has been marked done with taskDone()`,
        expected: `${putDone} taskDone() call(s) before join() returns`,
        actual: `${doneCount}`,
      });
    }
  };

  const probe = (where: string): void => {
    if (putStarted !== doneCount) return; // something may be unfinished: an extra taskDone() would be legal
    let threw = false;
    let result: unknown;
    try {
      result = queue.taskDone();
    } catch {
      threw = true;
    }
    if (threw) {
      ctx.output('extra taskDone() threw, as it should');
      return;
    }
    if (isThenable(result)) {
      // The contract's taskDone() is synchronous: a caller's try/catch around it sees only a throw during the
      // call. A promise that rejects later escapes it (and is an unhandled rejection in that caller).
      result.then(undefined, () => undefined);
      ctx.fail({
        message:
          `taskDone()${label} was called ${where}, when every item put had already been marked done ` +
          `(${putStarted} put(s), ${doneCount} taskDone() call(s)), and it returned a promise instead of throwing: ` +
          `a taskDone() with no unfinished item must throw during the call, where the caller's try/catch sees it`,
        expected: 'taskDone() throws',
        actual: 'it returned a promise',
      });
      return;
    }
    ctx.fail({
      message:
        `taskDone()${label} was called ${where}, when every item put had already been marked done ` +
        `(${putStarted} put(s), ${doneCount} taskDone() call(s)), and it did not throw: a taskDone() with no unfinished item must throw`,
      expected: 'taskDone() throws',
      actual: 'it returned',
    });
  };

  ctx.spawn(`coordinator${suffix}`, async () => {
    const name = `the coordinator${label}`;
    let next = 101;
    if (setup.probe === true) probe('on a fresh queue');
    for (const batch of setup.batches) {
      for (let i = 0; i < batch; i++) await put(next++, name);
      await join('the coordinator');
      if (setup.probe === true) probe('after join() returned');
    }
  });

  (setup.producers ?? []).forEach((count, p) => {
    const name = `producer ${p + 2}${suffix}`;
    ctx.spawn(name, async () => {
      for (let i = 1; i <= count; i++) await put((p + 2) * 100 + i, name);
    });
  });

  setup.workers.forEach((count, w) => {
    const name = `worker ${w + 1}${suffix}`;
    ctx.spawn(name, async () => {
      if (setup.workersRest !== undefined) await ctx.activity('rest', setup.workersRest);
      for (let k = 0; k < count; k++) {
        getStarted += 1;
        const start = ++clock.ticks;
        const x: unknown = await queue.get();
        getDone += 1;
        const end = ++clock.ticks;
        ctx.output(`got ${show(x)}`);
        if (getDone > putStarted) {
          ctx.fail({
            message:
              `get() returned ${show(x)} while the queue${label} was empty: it should wait until an item is put, ` +
              `but ${getDone} gets had finished and only ${putStarted} put(s) had even started`,
            expected: 'get() to wait',
            actual: `returned ${show(x)}`,
          });
          return;
        }
        const log = typeof x === 'number' ? items.get(x) : undefined;
        if (log === undefined) {
          ctx.fail({
            message: x === undefined ? 'get() returned undefined instead of an item: it should have waited' : `get() returned ${show(x)}, which nobody put into the queue${label}`,
            expected: 'an item that was put',
            actual: show(x),
          });
          return;
        }
        if (log.takenBy !== undefined) {
          ctx.fail({ message: `get() returned ${show(x)} a second time (${log.takenBy} got it already): each item comes out once`, expected: 'each item once', actual: `${show(x)} twice` });
          return;
        }
        log.takenBy = name;
        log.getStart = start;
        log.getEnd = end;
        const workMs = setup.workMs[w] ?? 0;
        if (workMs > 0) await ctx.activity(`work on ${show(x)}`, workMs);
        log.done = true;
        doneCount += 1;
        if (idle()) for (const pending of joins) pending.sawIdle = true;
        const result = queue.taskDone();
        if (isThenable(result)) await result;
      }
    });
  });

  (setup.joiners ?? []).forEach((rest, j) => {
    const name = `joiner ${j + 1}${suffix}`;
    ctx.spawn(name, async () => {
      if (rest > 0) await ctx.activity('rest', rest);
      await join(name);
    });
  });

  return (): Failure | undefined => {
    for (const [x, log] of items) {
      if (log.takenBy === undefined) return { message: `${x} was put into the queue${label} but never came out`, expected: 'every item taken once', actual: `${x} lost` };
    }
    return firstInFirstOut(items, label);
  };
}

/** y went in after x was in (put(y) began after put(x) returned), yet y came out before anyone asked for x. */
function firstInFirstOut(items: ReadonlyMap<number, ItemLog>, label: string): Failure | undefined {
  for (const [x, inX] of items) {
    for (const [y, inY] of items) {
      if (inX.putEnd === undefined || inY.getEnd === undefined || inX.getStart === undefined) continue;
      if (!(inX.putEnd < inY.putStart && inY.getEnd < inX.getStart)) continue;
      return {
        message:
          `${inX.by} put ${x} in, and only then ${inY.by} put ${y} in, but ${y} came out first ` +
          `(${inY.takenBy ?? '?'} got ${y} before anyone asked for ${x}): the queue${label} must be first in, first out`,
        expected: `${x} before ${y}`,
        actual: `${y} before ${x}`,
      };
    }
  }
  return undefined;
}

export default spec;
