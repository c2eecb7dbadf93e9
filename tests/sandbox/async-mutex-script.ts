import * as fc from 'fast-check';
import type * as real from 'async-mutex';

/**
 * Random scripts of async-mutex operations, run step by step against a library (the real package or the
 * shim) and recorded: which acquires resolved with what value, which rejected with which error, what
 * runExclusive callbacks saw, and the primitives' state after each step. Two libraries that behave the same
 * give the same recording.
 */
export interface Library {
  Mutex: new (cancelError?: Error) => real.MutexInterface;
  Semaphore: new (value: number, cancelError?: Error) => real.SemaphoreInterface;
  withTimeout: typeof real.withTimeout;
  tryAcquire: typeof real.tryAcquire;
  E_TIMEOUT: Error;
  E_ALREADY_LOCKED: Error;
  E_CANCELED: Error;
}

type Target = 'semaphore' | 'mutex';
/** How the primitive is reached: directly, through withTimeout(ms), or through tryAcquire. */
type Via = { readonly kind: 'direct' } | { readonly kind: 'timeout'; readonly ms: number } | { readonly kind: 'try' };

export type Op =
  | { readonly op: 'acquire' | 'waitForUnlock'; readonly target: Target; readonly weight: number; readonly priority: number; readonly via: Via }
  | {
      readonly op: 'runExclusive';
      readonly target: Target;
      readonly weight: number;
      readonly priority: number;
      readonly via: Via;
      /** What the callback does: return at once, throw, or hold the lock until a later `finish` step. */
      readonly body: 'returns' | 'throws' | 'holds';
    }
  | { readonly op: 'releaser'; readonly index: number } // calls one of the releasers handed out so far
  | { readonly op: 'finish'; readonly index: number } // lets one held runExclusive callback return
  | { readonly op: 'release'; readonly target: Target; readonly weight: number }
  | { readonly op: 'setValue'; readonly value: number }
  | { readonly op: 'cancel'; readonly target: Target }
  | { readonly op: 'advance'; readonly ms: number };

export interface Script {
  readonly initial: number;
  readonly ops: readonly Op[];
}

/** How a run lets the consequences of a step happen, and lets time pass. */
export interface StepDriver {
  /** Returns once everything the step set in motion has run (every woken waiter resumed). */
  settle(): Promise<void>;
  /** Lets `ms` milliseconds pass (fake or virtual ones), then settles. */
  advance(ms: number): Promise<void>;
}

export interface Step {
  readonly events: readonly string[];
  readonly state: string;
}

const target = fc.constantFrom<Target>('semaphore', 'mutex');
/** Mostly the default priority, so that waiters of one priority often meet. */
const priority = fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.integer({ min: -1, max: 2 }) });
/** Mostly small valid weights; 0 and -1 now and then, which the library refuses. */
const weight = fc.oneof(
  { weight: 6, arbitrary: fc.constant(1) },
  { weight: 4, arbitrary: fc.constantFrom(2, 3) },
  { weight: 1, arbitrary: fc.constantFrom(0, -1) },
);
const via = fc.oneof(
  { weight: 6, arbitrary: fc.constant<Via>({ kind: 'direct' }) },
  { weight: 2, arbitrary: fc.constantFrom(1, 2, 5).map((ms): Via => ({ kind: 'timeout', ms })) },
  { weight: 1, arbitrary: fc.constant<Via>({ kind: 'try' }) },
);
const waits = fc.record({ target, weight, priority, via });

export const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: waits.map((w): Op => ({ op: 'acquire', ...w })) },
  { weight: 2, arbitrary: waits.map((w): Op => ({ op: 'waitForUnlock', ...w })) },
  {
    weight: 3,
    arbitrary: fc.record({ w: waits, body: fc.constantFrom('returns', 'throws', 'holds') }).map(({ w, body }): Op => ({ op: 'runExclusive', ...w, body })),
  },
  { weight: 6, arbitrary: fc.nat(20).map((index): Op => ({ op: 'releaser', index })) },
  { weight: 2, arbitrary: fc.nat(20).map((index): Op => ({ op: 'finish', index })) },
  { weight: 2, arbitrary: fc.record({ target, weight }).map((r): Op => ({ op: 'release', ...r })) },
  { weight: 1, arbitrary: fc.integer({ min: -1, max: 4 }).map((value): Op => ({ op: 'setValue', value })) },
  { weight: 1, arbitrary: target.map((t): Op => ({ op: 'cancel', target: t })) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 5 }).map((ms): Op => ({ op: 'advance', ms })) },
);

export const scriptArbitrary: fc.Arbitrary<Script> = fc.record({
  initial: fc.integer({ min: 0, max: 3 }),
  ops: fc.array(opArbitrary, { minLength: 1, maxLength: 30 }),
});

/** Microtasks counted from the start of each step; later events are marked with this number. */
const MICROTASKS_COUNTED = 40;

/** Time allowed after the last step, so every pending timeout fires and is recorded too. */
const FINAL_ADVANCE = 100;

/** Runs `script` against `lib`, one step at a time, and returns what each step produced. */
export async function record(lib: Library, script: Script, driver: StepDriver): Promise<Step[]> {
  const semaphore = new lib.Semaphore(script.initial);
  const mutex = new lib.Mutex();
  const steps: Step[] = [];
  let events: string[] = [];
  // Each event carries how many microtasks had run since its step began (`@n`), so that two libraries
  // agree only if they settle each promise as many microtasks after the hand-over.
  let ticks = 0;
  const countMicrotasks = async (): Promise<void> => {
    for (ticks = 0; ticks < MICROTASKS_COUNTED; ticks++) await Promise.resolve(); // one microtask each
  };
  const log = (line: string): void => {
    events.push(`${line} @${ticks}`);
  };
  const releasers: Array<() => void> = [];
  const held: Array<() => void> = [];

  const describe = (error: unknown): string => {
    if (error === lib.E_CANCELED) return 'E_CANCELED';
    if (error === lib.E_TIMEOUT) return 'E_TIMEOUT';
    if (error === lib.E_ALREADY_LOCKED) return 'E_ALREADY_LOCKED';
    return error instanceof Error ? `${error.constructor.name}: ${error.message}` : String(error);
  };
  const viewOf = <T extends real.MutexInterface | real.SemaphoreInterface>(base: T, how: Via): T => {
    if (how.kind === 'direct') return base;
    // The overloads give back the same interface as they are given.
    return (how.kind === 'try' ? lib.tryAcquire(base as real.SemaphoreInterface) : lib.withTimeout(base as real.SemaphoreInterface, how.ms)) as T;
  };
  const outcome = (id: string, promise: Promise<unknown>, done: (value: unknown) => string): void => {
    promise.then(
      (value) => log(`${id} ${done(value)}`),
      (error: unknown) => log(`${id} rejected ${describe(error)}`),
    );
  };

  const perform = (op: Op, id: string): void => {
    switch (op.op) {
      case 'acquire':
        if (op.target === 'mutex') {
          outcome(id, viewOf(mutex, op.via).acquire(op.priority), (releaser) => {
            releasers.push(releaser as () => void);
            return 'got the mutex';
          });
        } else {
          outcome(id, viewOf(semaphore, op.via).acquire(op.weight, op.priority), (ticket) => {
            const [value, releaser] = ticket as [number, () => void];
            releasers.push(releaser);
            return `got ${op.weight} at value ${value}`;
          });
        }
        return;
      case 'waitForUnlock': {
        const waiting = op.target === 'mutex' ? viewOf(mutex, op.via).waitForUnlock(op.priority) : viewOf(semaphore, op.via).waitForUnlock(op.weight, op.priority);
        outcome(id, waiting, () => 'saw it unlocked');
        return;
      }
      case 'runExclusive': {
        const body = (seen: string): Promise<string> | string => {
          log(`${id} runs ${seen}`);
          if (op.body === 'throws') throw new Error(`${id} threw`);
          if (op.body === 'returns') return `${id} result`;
          return new Promise<string>((resolve) => held.push(() => resolve(`${id} held result`)));
        };
        const running =
          op.target === 'mutex'
            ? viewOf(mutex, op.via).runExclusive(() => body('holding the mutex'), op.priority)
            : viewOf(semaphore, op.via).runExclusive((value) => body(`at value ${value}`), op.weight, op.priority);
        outcome(id, running, (result) => `returned ${String(result)}`);
        return;
      }
      case 'releaser': {
        const releaser = releasers[op.index % Math.max(releasers.length, 1)];
        if (releaser === undefined) log(`${id} has no releaser to call`);
        else releaser();
        return;
      }
      case 'finish': {
        const finish = held[op.index % Math.max(held.length, 1)];
        if (finish === undefined) log(`${id} has no held callback to finish`);
        else finish();
        return;
      }
      case 'release':
        if (op.target === 'mutex') mutex.release();
        else semaphore.release(op.weight);
        return;
      case 'setValue':
        semaphore.setValue(op.value);
        return;
      case 'cancel':
        if (op.target === 'mutex') mutex.cancel();
        else semaphore.cancel();
        return;
      case 'advance':
        return; // the driver lets the time pass
    }
  };

  const ops: readonly Op[] = [...script.ops, { op: 'advance', ms: FINAL_ADVANCE }];
  for (const [index, op] of ops.entries()) {
    const id = `#${index}`;
    void countMicrotasks();
    try {
      perform(op, id);
    } catch (error) {
      log(`${id} threw ${describe(error)}`);
    }
    if (op.op === 'advance') await driver.advance(op.ms);
    else await driver.settle();
    steps.push({ events, state: `semaphore ${semaphore.getValue()}${semaphore.isLocked() ? ' locked' : ''}, mutex ${mutex.isLocked() ? 'locked' : 'free'}` });
    events = [];
  }
  return steps;
}

/**
 * A step's events as a set, without microtask counts: under the explorer, the order in which woken waiters
 * resume is the scheduler's, and scheduling points cost microtasks of their own.
 */
export function unordered(steps: readonly Step[]): Step[] {
  return steps.map((step) => ({ events: step.events.map((event) => event.replace(/ @\d+$/, '')).sort(), state: step.state }));
}

/** Returns once the microtask queue is empty (outside the explorer, a step's consequences have all run). */
export const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Outside the explorer: a step has settled once the microtask queue is empty; time is jest's fake clock. */
const onFakeClock: StepDriver = {
  settle,
  advance: async (ms) => {
    await jest.advanceTimersByTimeAsync(ms);
    await settle();
  },
};

/**
 * Runs `body` with setTimeout and clearTimeout on jest's fake clock (@sinonjs/fake-timers) at 0, so timeouts
 * are exact and nothing depends on the machine's speed; setImmediate stays real, for settling steps.
 */
export async function withFakeTime<T>(body: (driver: StepDriver) => Promise<T>): Promise<T> {
  jest.useFakeTimers({
    now: 0,
    doNotFake: ['Date', 'hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval'],
  });
  try {
    return await body(onFakeClock);
  } finally {
    jest.useRealTimers();
  }
}
