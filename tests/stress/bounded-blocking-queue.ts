import { exportedClass, type Failure, firstFailure, type KataCase, type KataSpec, type Rng, type ScenarioContext } from '@spec';
import { describeCall, linearizeQueue, type QueueCall } from '../stress-checks/queue-linearizability';

interface BoundedBlockingQueue {
  enqueue(element: number): Promise<void>;
  dequeue(): Promise<number>;
  size(): number;
}
type QueueClass = new (capacity: number) => BoundedBlockingQueue;

/** One queue and the tasks that use it. */
interface QueueSetup {
  readonly capacity: number;
  /** How many elements each producer enqueues, one entry per producer. */
  readonly produce: readonly number[];
  /** How many elements each consumer dequeues, one entry per consumer; the totals match. */
  readonly consume: readonly number[];
  /** Virtual ms each producer spends making an element before enqueueing it (0: no activity). */
  readonly makeMs: readonly number[];
  /** Virtual ms each consumer spends using an element after dequeueing it (0: no activity). */
  readonly useMs: readonly number[];
  /** Virtual ms the consumers rest before their first dequeue (a probe that the producers really block). */
  readonly consumersRest?: number;
  /** Virtual ms the producers rest before their first enqueue (a probe that the consumers really block). */
  readonly producersRest?: number;
  /** The elements each producer puts, in order; by default producer k puts k00, k01, k02, ... */
  readonly values?: ReadonlyArray<readonly number[]>;
}

/** The queues alive at the same time in one schedule (usually one), each with its own tasks. */
interface Params {
  readonly queues: readonly QueueSetup[];
}

/** A value as a failure message shows it. */
const show = (value: unknown): string => {
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return typeof value === 'function' ? 'a function' : String(value);
};

function split(total: number, parts: number, rng: Rng): number[] {
  // Every part gets at least one element, the rest are spread at random.
  const counts = Array.from({ length: parts }, () => 1);
  for (let left = total - parts; left > 0; left--) {
    const at = rng.int(0, parts - 1);
    counts[at] = (counts[at] ?? 0) + 1;
  }
  return counts;
}

function randomSetup(rng: Rng, oneConsumer = false): QueueSetup {
  const producers = rng.int(1, 8);
  const consumers = oneConsumer ? 1 : rng.int(1, 8);
  const capacity = rng.chance(0.5) ? rng.int(1, 3) : rng.int(1, 30);
  const total = rng.int(Math.max(producers, consumers), Math.max(producers, consumers) + 24);
  const ms = (): number => (rng.chance(0.3) ? 0 : rng.int(1, 20));
  return {
    capacity,
    produce: split(total, producers, rng),
    consume: split(total, consumers, rng),
    makeMs: Array.from({ length: producers }, ms),
    useMs: Array.from({ length: consumers }, ms),
  };
}

function randomCase(rng: Rng, label: string, schedules: number, oneConsumer = false): KataCase<Params> {
  const setup = randomSetup(rng, oneConsumer);
  const total = setup.produce.reduce((a, b) => a + b, 0);
  return {
    label: `${label}: ${setup.produce.length} producer(s), ${setup.consume.length} consumer(s), capacity ${setup.capacity}, ${total} elements`,
    params: { queues: [setup] },
    schedules,
  };
}

/** A queue whose producers and consumers do nothing between calls. */
const quiet = (capacity: number, produce: number[], consume: number[], extra: Partial<QueueSetup> = {}): QueueSetup => ({
  capacity,
  produce,
  consume,
  makeMs: produce.map(() => 0),
  useMs: consume.map(() => 0),
  ...extra,
});
const one = (setup: QueueSetup): Params => ({ queues: [setup] });

/**
 * Bounded Blocking Queue: producers enqueue distinct numbers, consumers dequeue them, through a queue of
 * fixed capacity (sometimes two queues at once, each with its own tasks). Checked while running: enqueue
 * never finishes into a full queue, dequeue never finishes on an empty one, size() stays within what can be
 * inside; at the end: nothing lost, duplicated or invented, and the whole history of calls (every enqueue,
 * dequeue and size() with when it was called and when it returned) is one a sequential first-in-first-out
 * queue of that capacity could give, in some order that respects which call returned before which began.
 */
export const spec: KataSpec<QueueClass, Params> = {
  slug: 'bounded-blocking-queue',
  load: (exports) => exportedClass<QueueClass>(exports, 'BoundedBlockingQueue', ['enqueue', 'dequeue', 'size']),
  cases: (rng) => [
    { label: '1 producer, 1 consumer, capacity 1, 2 elements', params: one(quiet(1, [2], [2])), exhaustive: true },
    { label: '1 producer, 1 consumer, capacity 2, 2 elements', params: one(quiet(2, [2], [2])), exhaustive: true },
    { label: '1 producer, 2 consumers, capacity 1, 2 elements', params: one(quiet(1, [2], [1, 1])), exhaustive: true },
    {
      // Both elements are inside before the consumer asks: whichever producer got in first must come out first.
      label: '2 producers, then a late consumer, capacity 2, 1 element each',
      params: one(quiet(2, [1, 1], [2], { consumersRest: 10 })),
      exhaustive: true,
    },
    { label: '2 producers, 1 consumer, capacity 1, 1 element each', params: one(quiet(1, [1, 1], [2])), schedules: 50 },
    { label: '2 producers, 2 consumers, capacity 1, 1 element each', params: one(quiet(1, [1, 1], [1, 1])), schedules: 50 },
    { label: '3 producers, 1 consumer, capacity 1, 2 elements each', params: one(quiet(1, [2, 2, 2], [6])), schedules: 30 },
    { label: '1 producer, 3 consumers, capacity 1, 6 elements', params: one(quiet(1, [6], [2, 2, 2])), schedules: 30 },
    {
      label: 'consumers start late: 2 producers fill a queue of capacity 2 and must wait',
      params: one({ capacity: 2, produce: [3, 3], consume: [3, 3], makeMs: [1, 2], useMs: [1, 1], consumersRest: 50 }),
      schedules: 40,
    },
    {
      label: 'producers start late: 3 consumers wait on an empty queue of capacity 2',
      params: one({ capacity: 2, produce: [2, 2], consume: [1, 1, 2], makeMs: [1, 3], useMs: [0, 2, 1], producersRest: 50 }),
      schedules: 40,
    },
    {
      label: 'two queues at once (capacity 1 and 3), each with its own producers and consumers',
      params: {
        queues: [
          { capacity: 1, produce: [2, 2], consume: [4], makeMs: [1, 0], useMs: [2] },
          { capacity: 3, produce: [5], consume: [2, 3], makeMs: [0], useMs: [1, 0], consumersRest: 5 },
        ],
      },
      schedules: 30,
    },
    {
      label: 'elements 0, negative, fractional and large (any distinct numbers), capacity 2',
      params: one(quiet(2, [3, 2], [2, 3], { values: [[0, -1, 0.5], [1_000_000, -0.25]], consumersRest: 3 })),
      schedules: 20,
    },
    {
      label: 'the largest: 8 producers, 8 consumers, capacity 30, 40 elements',
      params: one({ capacity: 30, produce: [5, 5, 5, 5, 5, 5, 5, 5], consume: [5, 5, 5, 5, 5, 5, 5, 5], makeMs: [0, 1, 2, 3, 0, 1, 2, 3], useMs: [3, 2, 1, 0, 3, 2, 1, 0] }),
      schedules: 6,
    },
    randomCase(rng.fork(1), 'random, one consumer', 30, true),
    randomCase(rng.fork(2), 'random', 30),
    randomCase(rng.fork(3), 'random', 30),
    randomCase(rng.fork(4), 'random', 30),
    // Two queues of the same capacity: state kept per capacity at the top of the module is shared only then.
    {
      label: 'two queues of capacity 2 at once, each with its own producers and consumers',
      params: { queues: [quiet(2, [2, 1], [3]), quiet(2, [3], [1, 2])] },
      schedules: 30,
    },
    // Elements that single-precision storage changes (a Float32Array ring): 0.1, an integer above 2^24 and a
    // number beyond float32's range; the consumers compare them exactly with what went in.
    {
      label: 'elements 0.1, 16777217, 1e40 and -0.5 (any numbers, kept exactly), capacity 2',
      params: one(quiet(2, [2, 2], [3, 1], { values: [[0.1, 16_777_217], [1e40, -0.5]], consumersRest: 3 })),
      schedules: 20,
    },
  ],
  scenario(Queue, params, ctx) {
    const clock = { ticks: 0 };
    let firstProducer = 1;
    let firstConsumer = 1;
    const checks = params.queues.map((setup, q) => {
      const label = params.queues.length > 1 ? ` of queue ${q + 1}` : '';
      const check = runQueue(new Queue(setup.capacity), setup, { firstProducer, firstConsumer, label, clock }, ctx);
      firstProducer += setup.produce.length;
      firstConsumer += setup.consume.length;
      return check;
    });
    return { check: () => firstFailure(checks) };
  },
};

interface Naming {
  /** Number of this queue's first producer and consumer: tasks are numbered across queues. */
  readonly firstProducer: number;
  readonly firstConsumer: number;
  /** " of queue 2" when several queues are alive, else empty. */
  readonly label: string;
  /** One logical clock for all calls of the schedule, ticked at every call and every return. */
  readonly clock: { ticks: number };
}

/** Spawns the tasks of one queue; returns the check to run when every task finished. */
function runQueue(queue: BoundedBlockingQueue, setup: QueueSetup, naming: Naming, ctx: ScenarioContext): () => Failure | undefined {
  const { capacity } = setup;
  const { clock, label } = naming;
  const valuesOf = (p: number): readonly number[] =>
    setup.values?.[p] ?? Array.from({ length: setup.produce[p] ?? 0 }, (_, i) => (naming.firstProducer + p) * 100 + i);
  const producerName = (p: number): string => `producer ${naming.firstProducer + p}${label}`;
  /** Who put each element, and as which of their elements. */
  const origin = new Map<number, { producer: string; index: number }>();
  setup.produce.forEach((_, p) => valuesOf(p).forEach((x, index) => origin.set(x, { producer: producerName(p), index })));
  let enqStarted = 0;
  let enqDone = 0;
  let deqStarted = 0;
  let deqDone = 0;
  const enqueueStarted = new Set<number>();
  const history: QueueCall[] = [];
  const takenBy = new Map<number, string>();

  const sizeCheck = (where: string): void => {
    const size: unknown = queue.size();
    const at = ++clock.ticks;
    const low = Math.max(0, enqDone - deqStarted);
    const high = Math.min(capacity, enqStarted - deqDone);
    const expected = low === high ? `${low}` : `between ${low} and ${high}`;
    const counts = `${enqDone} enqueue(s) had finished, ${enqStarted} had started; ${deqDone} dequeue(s) had finished, ${deqStarted} had started`;
    let problem: string | undefined;
    if (typeof size !== 'number' || !Number.isInteger(size)) problem = `size()${label} ${where} should return a whole number but returned ${show(size)}`;
    else if (size > capacity) problem = `size()${label} ${where} returned ${size}, more than the capacity ${capacity}`;
    else if (size < 0) problem = `size()${label} ${where} returned ${size}, a negative size`;
    else if (size < low || size > high) problem = `size()${label} ${where} returned ${size}, but ${expected} element(s) were in the queue (${counts})`;
    if (problem !== undefined) {
      ctx.fail({ message: problem, expected, actual: show(size) });
      return;
    }
    history.push({ kind: 'size', value: size as number, start: at, end: at, by: ctx.taskName() ?? '?' });
  };

  setup.produce.forEach((count, p) => {
    const name = producerName(p);
    const values = valuesOf(p);
    ctx.spawn(name, async () => {
      if (setup.producersRest !== undefined) await ctx.activity('rest', setup.producersRest);
      for (let i = 0; i < count; i++) {
        const makeMs = setup.makeMs[p] ?? 0;
        if (makeMs > 0) await ctx.activity('make an element', makeMs);
        const x = values[i] as number;
        sizeCheck(`before enqueue(${x})`);
        enqStarted += 1;
        const start = ++clock.ticks;
        enqueueStarted.add(x);
        await queue.enqueue(x);
        enqDone += 1;
        history.push({ kind: 'enqueue', value: x, start, end: ++clock.ticks, by: name });
        ctx.output(`put ${x}`);
        if (enqDone > capacity + deqStarted) {
          ctx.fail({
            message:
              `enqueue(${x}) returned while the queue${label} was full: it should wait until a consumer takes an element, ` +
              `but ${enqDone} enqueues had finished and only ${deqStarted} dequeue(s) had even started`,
            expected: `at most ${capacity} element(s) inside`,
            actual: `at least ${enqDone - deqStarted}`,
          });
        }
        sizeCheck(`after enqueue(${x})`);
      }
    });
  });

  setup.consume.forEach((count, c) => {
    const name = `consumer ${naming.firstConsumer + c}${label}`;
    ctx.spawn(name, async () => {
      if (setup.consumersRest !== undefined) await ctx.activity('rest', setup.consumersRest);
      for (let k = 0; k < count; k++) {
        sizeCheck('before dequeue()');
        deqStarted += 1;
        const start = ++clock.ticks;
        const x: unknown = await queue.dequeue();
        deqDone += 1;
        const end = ++clock.ticks;
        ctx.output(`took ${show(x)}`);
        if (deqDone > enqStarted) {
          ctx.fail({
            message:
              `dequeue() returned ${show(x)} while the queue${label} was empty: it should wait until a producer enqueues, ` +
              `but ${deqDone} dequeues had finished and only ${enqStarted} enqueue(s) had even started`,
            expected: 'dequeue() to wait',
            actual: `returned ${show(x)}`,
          });
          return;
        }
        if (typeof x !== 'number' || !enqueueStarted.has(x)) {
          ctx.fail({
            message:
              x === undefined
                ? 'dequeue() returned undefined instead of an element: it found nothing to take, and should have waited'
                : `dequeue() returned ${show(x)}, which no producer${label} had enqueued`,
            expected: `an element some producer${label} enqueued`,
            actual: show(x),
          });
          return;
        }
        const before = takenBy.get(x);
        if (before !== undefined) {
          ctx.fail({
            message: `dequeue() returned ${x} a second time (${before} took it already): each element must come out once`,
            expected: 'each element once',
            actual: `${x} twice`,
          });
          return;
        }
        takenBy.set(x, name);
        history.push({ kind: 'dequeue', value: x, start, end, by: name });
        sizeCheck(`after dequeue() returned ${x}`);
        const useMs = setup.useMs[c] ?? 0;
        if (useMs > 0) await ctx.activity('use the element', useMs);
      }
    });
  });

  return (): Failure | undefined => {
    const lost = [...origin.keys()].filter((x) => !takenBy.has(x));
    if (lost.length > 0) {
      return {
        message: `element(s) ${lost.join(', ')} went into the queue${label} but never came out`,
        expected: 'every element dequeued once',
        actual: `${lost.length} lost`,
      };
    }
    return firstInFirstOut(history, origin, label) ?? linearizable(history, capacity, label) ?? finalSize(queue, label);
  };
}

/**
 * The plainest FIFO violation, with its own message: y went in after x was in (enqueue(y) was called after
 * enqueue(x) returned), yet y came out before anyone asked for x (its dequeue returned before x's began).
 */
function firstInFirstOut(history: readonly QueueCall[], origin: ReadonlyMap<number, { producer: string; index: number }>, label: string): Failure | undefined {
  const enqueues = history.filter((call) => call.kind === 'enqueue');
  const dequeueOf = new Map(history.filter((call) => call.kind === 'dequeue').map((call) => [call.value, call]));
  for (const x of enqueues) {
    for (const y of enqueues) {
      const outX = dequeueOf.get(x.value);
      const outY = dequeueOf.get(y.value);
      if (outX === undefined || outY === undefined || !(x.end < y.start && outY.end < outX.start)) continue;
      const sameProducer = origin.get(x.value)?.producer === origin.get(y.value)?.producer;
      return {
        message:
          (sameProducer
            ? `${x.by} put ${x.value} before ${y.value}`
            : `${x.by} put ${x.value} in, and only then ${y.by} put ${y.value} in`) +
          `, but ${y.value} came out first (${outY.by} got ${y.value} before anyone asked for ${x.value}): the queue${label} must be first in, first out`,
        expected: `${x.value} before ${y.value}`,
        actual: `${y.value} before ${x.value}`,
      };
    }
  }
  return undefined;
}

/** The whole history against a sequential queue of the same capacity (see queue-linearizability.ts). */
function linearizable(history: readonly QueueCall[], capacity: number, label: string): Failure | undefined {
  const result = linearizeQueue(history, capacity);
  // 'undecided' (the search ran out of steps) is no evidence of a bug, and never happens on the cases here.
  if (result.kind !== 'not-linearizable') return undefined;
  const shown = result.explained.slice(-6).map(describeCall);
  const skipped = result.explained.length - shown.length;
  return {
    message:
      `no first-in-first-out queue of capacity ${capacity} gives these results, whatever the order of the calls that overlapped: ` +
      `the first ${result.explained.length} call(s) can be explained` +
      `, but none of the calls that could come next fits (${result.blocked.map((b) => `${describeCall(b.call)}: ${b.why}`).join('; ')})`,
    expected: `a history a queue${label} of capacity ${capacity} can give`,
    actual: `${skipped > 0 ? `… ${skipped} more, ` : ''}${shown.join(', ')}, then stuck`,
  };
}

function finalSize(queue: BoundedBlockingQueue, label: string): Failure | undefined {
  const size: unknown = queue.size();
  if (size === 0) return undefined;
  return { message: `size()${label} returned ${show(size)} after every element was dequeued`, expected: '0', actual: show(size) };
}

export default spec;
