import { exportedClass, type Failure, type KataCase, type KataSpec, type Rng } from '@spec';

interface BoundedBlockingQueue {
  enqueue(element: number): Promise<void>;
  dequeue(): Promise<number>;
  size(): number;
}
type QueueClass = new (capacity: number) => BoundedBlockingQueue;

interface Params {
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
}

/** Element `i` (0-based) of producer `p` (0-based): producer 1 puts 100, 101, ...; producer 2 puts 200, ... */
const element = (p: number, i: number): number => (p + 1) * 100 + i;
/** A value as a failure message shows it. */
const show = (value: unknown): string => {
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return typeof value === 'function' ? 'a function' : String(value);
};
const producerOf = (x: number): number => Math.floor(x / 100) - 1;

interface Taken {
  /** Logical times (one counter for every enqueue/dequeue call and return) of the dequeue that returned it. */
  readonly start: number;
  readonly end: number;
  readonly by: string;
}

function split(total: number, parts: number, rng: Rng): number[] {
  // Every part gets at least one element, the rest are spread at random.
  const counts = Array.from({ length: parts }, () => 1);
  for (let left = total - parts; left > 0; left--) {
    const at = rng.int(0, parts - 1);
    counts[at] = (counts[at] ?? 0) + 1;
  }
  return counts;
}

function randomCase(rng: Rng, label: string, schedules: number, oneConsumer = false): KataCase<Params> {
  const producers = rng.int(1, 8);
  const consumers = oneConsumer ? 1 : rng.int(1, 8);
  const capacity = rng.chance(0.5) ? rng.int(1, 3) : rng.int(1, 30);
  const total = rng.int(Math.max(producers, consumers), Math.max(producers, consumers) + 24);
  const ms = (): number => (rng.chance(0.3) ? 0 : rng.int(1, 20));
  return {
    label: `${label}: ${producers} producer(s), ${consumers} consumer(s), capacity ${capacity}, ${total} elements`,
    params: {
      capacity,
      produce: split(total, producers, rng),
      consume: split(total, consumers, rng),
      makeMs: Array.from({ length: producers }, ms),
      useMs: Array.from({ length: consumers }, ms),
    },
    schedules,
  };
}

const quiet = (producers: number, consumers: number): { makeMs: number[]; useMs: number[] } => ({
  makeMs: Array.from({ length: producers }, () => 0),
  useMs: Array.from({ length: consumers }, () => 0),
});

/**
 * Bounded Blocking Queue: producers enqueue distinct numbers, consumers dequeue them, through a queue of
 * fixed capacity. Checked while running: enqueue never finishes into a full queue, dequeue never finishes on
 * an empty one, size() stays within what can be inside; at the end: nothing lost, duplicated or invented,
 * and each producer's elements come out in the order it put them in.
 */
export const spec: KataSpec<QueueClass, Params> = {
  slug: 'bounded-blocking-queue',
  load: (exports) => exportedClass<QueueClass>(exports, 'BoundedBlockingQueue', ['enqueue', 'dequeue', 'size']),
  cases: (rng) => [
    {
      label: '1 producer, 1 consumer, capacity 1, 2 elements',
      params: { capacity: 1, produce: [2], consume: [2], ...quiet(1, 1) },
      exhaustive: true,
    },
    {
      label: '1 producer, 1 consumer, capacity 2, 2 elements',
      params: { capacity: 2, produce: [2], consume: [2], ...quiet(1, 1) },
      exhaustive: true,
    },
    {
      label: '2 producers, 1 consumer, capacity 1, 1 element each',
      params: { capacity: 1, produce: [1, 1], consume: [2], ...quiet(2, 1) },
      schedules: 100,
    },
    {
      label: '1 producer, 2 consumers, capacity 1, 2 elements',
      params: { capacity: 1, produce: [2], consume: [1, 1], ...quiet(1, 2) },
      exhaustive: true,
    },
    {
      label: '2 producers, 2 consumers, capacity 1, 1 element each',
      params: { capacity: 1, produce: [1, 1], consume: [1, 1], ...quiet(2, 2) },
      schedules: 100,
    },
    {
      label: 'consumers start late: 2 producers fill a queue of capacity 2 and must wait',
      params: { capacity: 2, produce: [3, 3], consume: [3, 3], makeMs: [1, 2], useMs: [1, 1], consumersRest: 50 },
      schedules: 60,
    },
    {
      label: 'producers start late: 3 consumers wait on an empty queue of capacity 2',
      params: { capacity: 2, produce: [2, 2], consume: [1, 1, 2], makeMs: [1, 3], useMs: [0, 2, 1], producersRest: 50 },
      schedules: 60,
    },
    randomCase(rng.fork(1), 'random, one consumer', 60, true),
    randomCase(rng.fork(2), 'random', 60),
    randomCase(rng.fork(3), 'random', 60),
    randomCase(rng.fork(4), 'random', 60),
  ],
  scenario(Queue, params, ctx) {
    const { capacity } = params;
    const queue = new Queue(capacity);
    let enqStarted = 0;
    let enqDone = 0;
    let deqStarted = 0;
    let deqDone = 0;
    let clock = 0;
    const enqueueStarted = new Set<number>();
    const taken = new Map<number, Taken>();

    const sizeCheck = (where: string): void => {
      const size: unknown = queue.size();
      const low = Math.max(0, enqDone - deqStarted);
      const high = Math.min(capacity, enqStarted - deqDone);
      const expected = low === high ? `${low}` : `between ${low} and ${high}`;
      const counts = `${enqDone} enqueue(s) had finished, ${enqStarted} had started; ${deqDone} dequeue(s) had finished, ${deqStarted} had started`;
      let problem: string | undefined;
      if (typeof size !== 'number' || !Number.isInteger(size)) problem = `size() ${where} should return a whole number but returned ${show(size)}`;
      else if (size > capacity) problem = `size() ${where} returned ${size}, more than the capacity ${capacity}`;
      else if (size < 0) problem = `size() ${where} returned ${size}, a negative size`;
      else if (size < low || size > high) problem = `size() ${where} returned ${size}, but ${expected} element(s) were in the queue (${counts})`;
      if (problem !== undefined) ctx.fail({ message: problem, expected, actual: show(size) });
    };

    params.produce.forEach((count, p) => {
      const name = `producer ${p + 1}`;
      ctx.spawn(name, async () => {
        if (params.producersRest !== undefined) await ctx.activity('rest', params.producersRest);
        for (let i = 0; i < count; i++) {
          const makeMs = params.makeMs[p] ?? 0;
          if (makeMs > 0) await ctx.activity('make an element', makeMs);
          const x = element(p, i);
          sizeCheck(`before enqueue(${x})`);
          enqStarted += 1;
          clock += 1;
          enqueueStarted.add(x);
          await queue.enqueue(x);
          enqDone += 1;
          clock += 1;
          ctx.output(`put ${x}`);
          if (enqDone > capacity + deqStarted) {
            ctx.fail({
              message:
                `enqueue(${x}) returned while the queue was full: it should wait until a consumer takes an element, ` +
                `but ${enqDone} enqueues had finished and only ${deqStarted} dequeue(s) had even started`,
              expected: `at most ${capacity} element(s) inside`,
              actual: `at least ${enqDone - deqStarted}`,
            });
          }
          sizeCheck(`after enqueue(${x})`);
        }
      });
    });

    params.consume.forEach((count, c) => {
      const name = `consumer ${c + 1}`;
      ctx.spawn(name, async () => {
        if (params.consumersRest !== undefined) await ctx.activity('rest', params.consumersRest);
        for (let k = 0; k < count; k++) {
          sizeCheck('before dequeue()');
          deqStarted += 1;
          const start = ++clock;
          const x: unknown = await queue.dequeue();
          deqDone += 1;
          const end = ++clock;
          ctx.output(`took ${show(x)}`);
          if (deqDone > enqStarted) {
            ctx.fail({
              message:
                `dequeue() returned ${show(x)} while the queue was empty: it should wait until a producer enqueues, ` +
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
                  : `dequeue() returned ${show(x)}, which no producer had enqueued`,
              expected: 'an element some producer enqueued',
              actual: show(x),
            });
            return;
          }
          const before = taken.get(x);
          if (before !== undefined) {
            ctx.fail({
              message: `dequeue() returned ${x} a second time (${before.by} took it already): each element must come out once`,
              expected: 'each element once',
              actual: `${x} twice`,
            });
            return;
          }
          taken.set(x, { start, end, by: name });
          sizeCheck(`after dequeue() returned ${x}`);
          const useMs = params.useMs[c] ?? 0;
          if (useMs > 0) await ctx.activity('use the element', useMs);
        }
      });
    });

    return {
      check(): Failure | undefined {
        const lost: number[] = [];
        params.produce.forEach((count, p) => {
          for (let i = 0; i < count; i++) if (!taken.has(element(p, i))) lost.push(element(p, i));
        });
        if (lost.length > 0) {
          return {
            message: `element(s) ${lost.join(', ')} went into the queue but never came out`,
            expected: 'every element dequeued once',
            actual: `${lost.length} lost`,
          };
        }
        // FIFO, as far as it is observable: if producer p put x before y, then a dequeue that returned y
        // cannot have finished before the dequeue that returned x even started.
        for (const [p, count] of params.produce.entries()) {
          let latest: { x: number; start: number } | undefined;
          for (let i = 0; i < count; i++) {
            const y = element(p, i);
            const got = taken.get(y) as Taken;
            if (latest !== undefined && got.end < latest.start) {
              return {
                message:
                  `producer ${producerOf(y) + 1} put ${latest.x} before ${y}, but ${y} came out first ` +
                  `(${got.by} got ${y} before anyone asked for ${latest.x}): the queue must be first in, first out`,
                expected: `${latest.x} before ${y}`,
                actual: `${y} before ${latest.x}`,
              };
            }
            if (latest === undefined || got.start > latest.start) latest = { x: y, start: got.start };
          }
        }
        const size: unknown = queue.size();
        if (size !== 0) {
          return { message: `size() returned ${show(size)} after every element was dequeued`, expected: '0', actual: show(size) };
        }
        return undefined;
      },
    };
  },
};

export default spec;
