import { Event, sleep } from '@kit';
import { exportedClass, type Failure, firstFailure, type KataCase, type KataSpec, type Rng, type ScenarioContext } from '@spec';

interface ClosableQueue {
  put(item: number): void;
  get(): Promise<number | undefined>;
  close(): void;
}
type QueueClass = new () => ClosableQueue;

/** One queue and the tasks that use it. */
interface QueueSetup {
  /** How many items each producer puts, one entry per producer. */
  readonly produce: readonly number[];
  /** The items each producer puts, one list per producer (default: producer n's i-th item is n * 100 + i). */
  readonly items?: readonly (readonly number[])[];
  /** Virtual ms each producer spends making an item before putting it (0: none). */
  readonly makeMs: readonly number[];
  /** How many consumers, and the virtual ms each spends using an item after getting it (0: none). */
  readonly useMs: readonly number[];
  /** Virtual ms the consumers rest before their first get (items pile up; with a large value, until after close). */
  readonly consumersRest?: number;
  /** Virtual ms between the last producer finishing and close(). */
  readonly closeAfter?: number;
  /** Virtual ms between close() and a second close() (allowed, and changes nothing); absent: close() once. */
  readonly closeAgainAfter?: number;
  /** A producer that tries to put once more after close() (the put must throw). */
  readonly lateProducer?: boolean;
}

interface Params {
  readonly queues: readonly QueueSetup[];
}

const show = (value: unknown): string => (typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value));

const quiet = (produce: number[], consumers: number, extra: Partial<QueueSetup> = {}): QueueSetup => ({
  produce,
  makeMs: produce.map(() => 0),
  useMs: Array.from({ length: consumers }, () => 0),
  ...extra,
});
const one = (setup: QueueSetup): Params => ({ queues: [setup] });

function randomSetup(rng: Rng): QueueSetup {
  const producers = rng.int(0, 4);
  const consumers = rng.int(1, 4);
  const ms = (): number => (rng.chance(0.3) ? 0 : rng.int(1, 12));
  return {
    produce: Array.from({ length: producers }, () => rng.int(1, 5)),
    makeMs: Array.from({ length: producers }, ms),
    useMs: Array.from({ length: consumers }, ms),
    ...(rng.chance(0.3) ? { consumersRest: rng.int(1, 60) } : {}),
    ...(rng.chance(0.3) ? { closeAfter: rng.int(1, 20) } : {}),
    ...(rng.chance(0.3) ? { lateProducer: true } : {}),
  };
}

function describe(setup: QueueSetup): string {
  const items = setup.produce.reduce((a, b) => a + b, 0);
  return `${setup.produce.length} producer(s), ${setup.useMs.length} consumer(s), ${items} item(s)${setup.lateProducer === true ? ', a put after close' : ''}`;
}

/**
 * Producer-Consumer Shutdown: producers put distinct numbers, consumers get until get() resolves undefined,
 * a closer calls close() once every producer is done (sometimes later; in one case twice), and sometimes a late
 * producer puts after close(). Checked while running: put() throws only after close(), always after it; a
 * second close() does not throw; get() hands out
 * only items that were put, each once; get() resolves undefined only after close() and never while items
 * certainly remain; first in, first out. At the end: every item put before close() was consumed.
 */
export const spec: KataSpec<QueueClass, Params> = {
  slug: 'producer-consumer-shutdown',
  load: (exports) => exportedClass<QueueClass>(exports, 'ClosableQueue', ['put', 'get', 'close']),
  cases(rng) {
    const cases: KataCase<Params>[] = [
      { label: '1 producer, 1 item, 1 consumer', params: one(quiet([1], 1)), exhaustive: true },
      { label: '1 producer, 2 items, 2 consumers', params: one(quiet([2], 2)), exhaustive: true },
      { label: 'no producer: 2 consumers wait on an empty queue until close()', params: one(quiet([], 2)), exhaustive: true },
      {
        label: 'consumers faster than the producer: the queue is empty between items',
        params: one({ produce: [3], makeMs: [5], useMs: [0, 0] }),
        schedules: 40,
      },
      {
        label: 'items still inside at close(): 2 producers, slow consumers',
        params: one({ produce: [3, 3], makeMs: [0, 0], useMs: [10, 10] }),
        schedules: 40,
      },
      {
        label: 'consumers start after close(): everything is still inside',
        params: one(quiet([2, 2], 2, { consumersRest: 50 })),
        schedules: 30,
      },
      { label: 'a put after close() must throw', params: one(quiet([2], 2, { lateProducer: true, closeAfter: 5 })), schedules: 30 },
      {
        label: 'items 0, -1 and 2.5: any number is an item',
        params: one({ produce: [2, 1], items: [[0, 2.5], [-1]], makeMs: [0, 1], useMs: [0, 0] }),
        schedules: 20,
      },
      {
        label: 'close() called twice: the second call changes nothing',
        params: one(quiet([2, 2], 2, { useMs: [5, 5], closeAgainAfter: 2, lateProducer: true })),
        schedules: 30,
      },
      {
        label: '20 items: a consumer takes the first, then rests while the other 19 are put',
        params: one({ produce: [20], makeMs: [2], useMs: [60], consumersRest: 3 }),
        schedules: 20,
      },
      { label: '3 producers, 3 consumers, close() long after the last item', params: one({ produce: [2, 3, 1], makeMs: [1, 2, 3], useMs: [2, 1, 0], closeAfter: 30 }), schedules: 30 },
      {
        label: 'two queues at once, each with its own producers and consumers',
        params: { queues: [quiet([2, 1], 2, { lateProducer: true }), { produce: [3], makeMs: [2], useMs: [1, 3, 0] }] },
        schedules: 30,
      },
    ];
    for (let i = 1; i <= 4; i++) {
      const setup = randomSetup(rng.fork(i));
      cases.push({ label: `random #${i}: ${describe(setup)}`, params: one(setup), schedules: 25 });
    }
    return cases;
  },
  scenario(Queue, params, ctx) {
    const clock = { ticks: 0 };
    let first = { producer: 1, consumer: 1 };
    const checks = params.queues.map((setup, q) => {
      const label = params.queues.length > 1 ? ` of queue ${q + 1}` : '';
      const check = runQueue(new Queue(), setup, { ...first, label, clock }, ctx);
      first = { producer: first.producer + setup.produce.length + 1, consumer: first.consumer + setup.useMs.length };
      return check;
    });
    return { check: () => firstFailure(checks) };
  },
};

interface Naming {
  readonly producer: number;
  readonly consumer: number;
  /** " of queue 2" when several queues are alive, else empty. */
  readonly label: string;
  /** One logical clock for the schedule, ticked at every call and return. */
  readonly clock: { ticks: number };
}

interface Taken {
  readonly by: string;
  /** Ticks when the get() that returned it was called and returned. */
  readonly start: number;
  readonly end: number;
}

function runQueue(queue: ClosableQueue, setup: QueueSetup, naming: Naming, ctx: ScenarioContext): () => Failure | undefined {
  const { label, clock } = naming;
  /** Items put (and accepted) while the queue was open, in the order put() was called. */
  const accepted: number[] = [];
  const taken = new Map<number, Taken>();
  let closed = false;
  let pendingGets = 0;
  let producersLeft = setup.produce.length;
  const producersDone = new Event(`every producer${label} done`);
  const closedEvent = new Event(`queue${label} closed`);
  if (producersLeft === 0) producersDone.set();

  const put = (who: string, item: number): boolean => {
    try {
      queue.put(item);
    } catch (error) {
      if (error instanceof Error && error.name === 'NotImplementedError') throw error; // the untouched stub
      if (!closed) {
        ctx.fail({
          message: `put(${item})${label} threw while the queue was open: ${error instanceof Error ? `${error.name}: ${error.message}` : show(error)}`,
          expected: 'put() accepts items until close()',
          actual: 'it threw',
        });
      }
      return false;
    }
    if (closed) {
      ctx.fail({
        message: `${who}'s put(${item}) after close() was accepted silently: once the queue${label} is closed, put() must throw`,
        expected: 'put() throws QueueClosedError after close()',
        actual: 'put() returned',
      });
      return false;
    }
    accepted.push(item);
    ctx.output(`put ${item}`);
    return true;
  };

  setup.produce.forEach((count, p) => {
    const n = naming.producer + p;
    const name = `producer ${n}${label}`;
    ctx.spawn(name, async () => {
      for (let i = 0; i < count; i++) {
        const makeMs = setup.makeMs[p] ?? 0;
        if (makeMs > 0) await ctx.activity('make an item', makeMs);
        put(name, setup.items?.[p]?.[i] ?? n * 100 + i);
      }
      producersLeft -= 1;
      if (producersLeft === 0) producersDone.set();
    });
  });

  ctx.spawn(`closer${label}`, async () => {
    await producersDone.wait();
    if (setup.closeAfter !== undefined) await sleep(setup.closeAfter);
    closed = true;
    ctx.output('close()');
    queue.close();
    if (setup.closeAgainAfter !== undefined) {
      await sleep(setup.closeAgainAfter);
      ctx.output('close() again');
      try {
        queue.close();
      } catch (error) {
        ctx.fail({
          message: `the second close()${label} threw: ${error instanceof Error ? `${error.name}: ${error.message}` : show(error)}; calling close() twice is allowed and changes nothing`,
          expected: 'a second close() returns and changes nothing',
          actual: 'it threw',
        });
        return;
      }
    }
    closedEvent.set();
  });

  if (setup.lateProducer === true) {
    const n = naming.producer + setup.produce.length;
    const name = `late producer ${n}${label}`;
    ctx.spawn(name, async () => {
      await closedEvent.wait();
      put(name, n * 100);
    });
  }

  setup.useMs.forEach((useMs, c) => {
    const name = `consumer ${naming.consumer + c}${label}`;
    ctx.spawn(name, async () => {
      if (setup.consumersRest !== undefined) await ctx.activity('rest', setup.consumersRest);
      for (;;) {
        pendingGets += 1;
        const start = ++clock.ticks;
        const got: unknown = await queue.get();
        const end = ++clock.ticks;
        pendingGets -= 1;
        if (got === undefined) {
          if (!closed) {
            ctx.fail({
              message: `get()${label} resolved undefined (no more items) while the queue was still open: a consumer must wait for an item, or for close()`,
              expected: 'get() waits while the queue is empty and open',
              actual: `undefined with ${accepted.length - taken.size} item(s) inside and close() not called`,
            });
            return;
          }
          // Items certainly left: accepted, not handed out, and not possibly being handed out by another get.
          const left = accepted.filter((x) => !taken.has(x));
          if (left.length > pendingGets) {
            ctx.fail({
              message: `get()${label} resolved undefined (no more items), but item(s) ${left.join(', ')} were put before close() and never handed out: close() must keep what is inside`,
              expected: `get() hands out ${left.join(', ')} first`,
              actual: 'undefined',
            });
            return;
          }
          ctx.output('no more items');
          return;
        }
        if (typeof got !== 'number' || !accepted.includes(got)) {
          ctx.fail({
            message: `get()${label} returned ${show(got)}, which no producer${label} had put`,
            expected: 'an item that was put',
            actual: show(got),
          });
          return;
        }
        const before = taken.get(got);
        if (before !== undefined) {
          ctx.fail({
            message: `item ${got}${label} was handed out twice: to ${before.by}, and again to ${name}`,
            expected: 'each item consumed once',
            actual: `${got} twice`,
          });
          return;
        }
        // First in, first out: items put before this one and not handed out yet can only be with the other
        // get() calls still in progress (each may hold one); more than that were overtaken.
        const earlier = accepted.slice(0, accepted.indexOf(got)).filter((x) => !taken.has(x));
        const overtaken = earlier[0];
        taken.set(got, { by: name, start, end });
        ctx.output(`took ${got}`);
        if (overtaken !== undefined && earlier.length > pendingGets) {
          ctx.fail({
            message: `item ${overtaken}${label} was put before ${got}, but ${got} came out first: the queue must be first in, first out`,
            expected: `${overtaken} before ${got}`,
            actual: `${got} before ${overtaken}`,
          });
          return;
        }
        if (useMs > 0) await ctx.activity('use the item', useMs);
      }
    });
  });

  return (): Failure | undefined => {
    const lost = accepted.filter((x) => !taken.has(x));
    if (lost.length > 0) {
      return {
        message: `item(s) ${lost.join(', ')}${label} were put before close() but never consumed`,
        expected: 'every item put before close() consumed once',
        actual: `${lost.length} lost`,
      };
    }
    return undefined;
  };
}

export default spec;
