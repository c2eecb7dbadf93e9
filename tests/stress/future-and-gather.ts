import { Event, NotImplementedError } from '@kit';
import { exportedClass, exportedFunction, type Failure, type KataCase, type KataSpec, type Rng, type ScenarioContext } from '@spec';

interface Future {
  setResult(value: unknown): void;
  setException(error: Error): void;
  cancel(): boolean;
  cancelled(): boolean;
  done(): boolean;
  result(): Promise<unknown>;
  addDoneCallback(callback: (future: Future) => void): void;
}
type ErrorClass = new (message?: string) => Error;

/** What `load` hands the scenario: the module's whole contract, from one evaluation of it. */
interface Module {
  readonly Future: new () => Future;
  readonly gather: (futures: readonly Future[]) => Promise<unknown[]>;
  readonly asCompleted: (futures: readonly Future[]) => AsyncIterable<Future>;
  readonly CancelledError: ErrorClass;
  readonly InvalidStateError: ErrorClass;
}

/** The values futures are given: objects (compared by identity) and the values a sloppy "is it set?" test gets wrong. */
type ValueKind = 'object' | 'undefined' | 'null' | 'zero' | 'empty string' | 'false';

/** How one future ends, and when: its completer task waits `atMs` of virtual time (0: none), then completes it. */
interface FuturePlan {
  readonly outcome: 'result' | 'exception' | 'cancel';
  readonly atMs: number;
  readonly value?: ValueKind;
  /**
   * The completer then also waits until every completer marked `together` has arrived, and all go on woken by
   * one event, as threads released at once: either may complete first, and the other may complete its future
   * before any continuation of the first completion has run. (Activities ending at one instant cannot give
   * that: like Node's timers, they fire one at a time, after the job queue drains.)
   */
  readonly together?: boolean;
  /** The exception given to setException is an instance of the module's own CancelledError: still an exception, not a cancellation. */
  readonly cancelledError?: boolean;
}

/** A task that calls gather (or asCompleted) at `atMs` on the futures at these indexes (repeats allowed). */
interface GatherPlan {
  readonly atMs: number;
  readonly of: readonly number[];
}
interface IteratePlan extends GatherPlan {
  /** Virtual ms the consumer works on each future it receives before asking for the next. */
  readonly workMs: number;
  /** Virtual ms between calling asCompleted and the first next() (absent: none). */
  readonly firstNextAfterMs?: number;
}
/** A task that, at `atMs`, calls result() on future `of`, or adds `count` done callbacks to it. */
interface WaitPlan {
  readonly atMs: number;
  readonly of: number;
}
interface CallbackPlan extends WaitPlan {
  readonly count: number;
  /** The first of these callbacks throws (it must not stop the others, nor reach the caller). */
  readonly throwing?: boolean;
  /**
   * The first of these callbacks calls back into its own future, which is done: it adds a callback (which must
   * have run once when addDoneCallback returns), then tries setResult (must throw InvalidStateError) and cancel()
   * (true only for a cancelled future).
   */
  readonly reentrant?: boolean;
}

interface Params {
  readonly futures: readonly FuturePlan[];
  readonly gathers?: readonly GatherPlan[];
  readonly iterations?: readonly IteratePlan[];
  readonly waiters?: readonly WaitPlan[];
  readonly callbacks?: readonly CallbackPlan[];
}

const ok = (atMs: number, value: ValueKind = 'object'): FuturePlan => ({ outcome: 'result', atMs, value });
const fails = (atMs: number): FuturePlan => ({ outcome: 'exception', atMs });
const failsWithCancelledError = (atMs: number): FuturePlan => ({ outcome: 'exception', atMs, cancelledError: true });
const cancelled = (atMs: number): FuturePlan => ({ outcome: 'cancel', atMs });
const together = (plan: FuturePlan): FuturePlan => ({ ...plan, together: true });
const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

function randomParams(rng: Rng): Params {
  const n = rng.int(1, 6);
  const futures = range(n).map((): FuturePlan => {
    const atMs = rng.chance(0.2) ? 0 : rng.int(1, 12);
    const roll = rng.int(1, 10);
    return roll <= 6 ? ok(atMs, rng.pick(['object', 'object', 'undefined', 'zero', 'null'] as const)) : roll <= 8 ? fails(atMs) : cancelled(atMs);
  });
  const some = (): number[] => range(rng.int(0, n + 1)).map(() => rng.int(0, n - 1));
  return {
    futures,
    gathers: [{ atMs: rng.int(0, 6), of: some() }, { atMs: rng.int(0, 6), of: range(n) }],
    iterations: [{ atMs: rng.int(0, 6), of: some(), workMs: rng.chance(0.5) ? 0 : rng.int(1, 5) }],
    waiters: range(rng.int(1, 3)).map(() => ({ atMs: rng.int(0, 14), of: rng.int(0, n - 1) })),
    callbacks: range(rng.int(1, 3)).map(() => ({ atMs: rng.int(0, 14), of: rng.int(0, n - 1), count: rng.int(1, 3), throwing: rng.chance(0.3) })),
  };
}

const randomCase = (rng: Rng, schedules: number): KataCase<Params> => {
  const params = randomParams(rng);
  return { label: `random: ${params.futures.length} future(s) with gather, asCompleted, result() and callbacks`, params, schedules };
};

/** Errors the spec catches to judge them, except the stub's "not implemented", which must reach the explorer. */
function caught(error: unknown): unknown {
  if (error instanceof NotImplementedError) throw error;
  return error;
}

/** A value or an error as a failure message shows it. */
function show(value: unknown): string {
  if (value instanceof Error) return `${value.constructor.name}(${JSON.stringify(value.message)})`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

/**
 * Future and Gather: futures completed by their own tasks at given virtual times (with a result, an exception,
 * or cancel()), used by tasks that call result(), add done callbacks, gather() and iterate asCompleted().
 * Checked as it happens: completing a future runs every callback added so far, in the order added, before the
 * completing call returns, and each once; a callback added to a done future runs before addDoneCallback
 * returns (also when added from inside a callback of the same future); a second setResult/setException throws
 * InvalidStateError and changes nothing, also from inside a callback; cancel() returns true only on a pending or
 * cancelled future, and cancelled() is true only after cancel() (not after setException of a CancelledError); result() settles as the future ended, at the instant it ended (or at
 * once if it had); gather settles at the instant its last future succeeds (values in input order) or its
 * first future fails (with that failure, a CancelledError for a cancelled one); asCompleted hands over each
 * distinct future once, those done when the iteration starts (at its first next()) first, then in the order they completed, each at the instant
 * it completed (or when asked, if later), and ends when all were handed over. At the end: every task finished.
 */
export const spec: KataSpec<Module, Params> = {
  slug: 'future-and-gather',
  load: (exports) => ({
    Future: exportedClass<new () => Future>(exports, 'Future', ['setResult', 'setException', 'cancel', 'cancelled', 'done', 'result', 'addDoneCallback']),
    gather: exportedFunction<Module['gather']>(exports, 'gather'),
    asCompleted: exportedFunction<Module['asCompleted']>(exports, 'asCompleted'),
    CancelledError: exportedClass<ErrorClass>(exports, 'CancelledError', []),
    InvalidStateError: exportedClass<ErrorClass>(exports, 'InvalidStateError', []),
  }),
  cases: (rng) => [
    {
      label: 'one future: two callbacks and a result() before it finishes',
      params: { futures: [ok(5)], waiters: [{ atMs: 0, of: 0 }], callbacks: [{ atMs: 0, of: 0, count: 2 }] },
      exhaustive: true,
    },
    {
      label: 'gather of two futures that finish in reverse order',
      params: { futures: [ok(10), ok(5)], gathers: [{ atMs: 0, of: [0, 1] }] },
      exhaustive: true,
    },
    {
      label: 'gather of two futures, the second fails first',
      params: { futures: [ok(10), fails(5)], gathers: [{ atMs: 0, of: [0, 1] }] },
      exhaustive: true,
    },
    {
      label: 'asCompleted of two futures that finish in reverse order, the first to finish failing',
      params: { futures: [ok(10), fails(5)], iterations: [{ atMs: 0, of: [0, 1], workMs: 0 }] },
      exhaustive: true,
    },
    {
      label: 'futures completed twice over and cancelled after they finished (the completer tries it), result() and callbacks after',
      params: {
        futures: [ok(3), fails(4), cancelled(5)],
        waiters: [{ atMs: 0, of: 0 }, { atMs: 0, of: 1 }, { atMs: 0, of: 2 }, { atMs: 9, of: 0 }, { atMs: 9, of: 2 }],
        callbacks: [{ atMs: 1, of: 0, count: 2 }, { atMs: 9, of: 0, count: 2 }, { atMs: 9, of: 2, count: 1 }],
      },
      schedules: 30,
    },
    {
      label: 'asCompleted of three futures: one done before the call, two finishing in reverse order',
      params: { futures: [ok(10), ok(0), fails(5)], iterations: [{ atMs: 2, of: [0, 1, 2], workMs: 0 }] },
      schedules: 30,
    },
    {
      label: 'asCompleted called, then two futures finish in reverse order before the first next()',
      params: { futures: [ok(3), ok(0), ok(2)], iterations: [{ atMs: 1, of: [0, 1, 2], workMs: 0, firstNextAfterMs: 5 }] },
      schedules: 30,
    },
    {
      label: 'a cancelled future in gather and in asCompleted',
      params: { futures: [cancelled(5), ok(10), ok(2)], gathers: [{ atMs: 0, of: [0, 1, 2] }, { atMs: 0, of: [1, 2] }], iterations: [{ atMs: 0, of: [0, 1, 2], workMs: 0 }] },
      schedules: 30,
    },
    {
      label: 'a future fails and nobody calls result(): only a done callback looks at it',
      params: { futures: [fails(3), ok(4)], callbacks: [{ atMs: 0, of: 0, count: 1 }, { atMs: 6, of: 0, count: 1 }], gathers: [{ atMs: 0, of: [1] }] },
      schedules: 20,
    },
    {
      label: 'results that are undefined, null, 0, "" and false',
      params: {
        futures: [ok(2, 'undefined'), ok(3, 'null'), ok(4, 'zero'), ok(5, 'empty string'), ok(6, 'false')],
        gathers: [{ atMs: 0, of: [0, 1, 2, 3, 4] }],
        waiters: [{ atMs: 0, of: 0 }, { atMs: 8, of: 0 }, { atMs: 1, of: 2 }],
        callbacks: [{ atMs: 8, of: 0, count: 1 }],
        iterations: [{ atMs: 0, of: [4, 3, 2, 1, 0], workMs: 0 }],
      },
      schedules: 30,
    },
    {
      label: 'the same future twice in one list, and empty lists',
      params: { futures: [ok(6), ok(3)], gathers: [{ atMs: 0, of: [0, 1, 0] }, { atMs: 0, of: [] }], iterations: [{ atMs: 0, of: [0, 1, 0], workMs: 0 }, { atMs: 1, of: [], workMs: 0 }] },
      schedules: 30,
    },
    {
      label: 'a slow consumer: five futures finish while asCompleted is busy with the first',
      params: { futures: [ok(9), ok(1), fails(3), ok(2), cancelled(4)], iterations: [{ atMs: 0, of: [0, 1, 2, 3, 4], workMs: 6 }] },
      schedules: 30,
    },
    {
      label: 'four futures finish at the same instant, in an order the schedule picks',
      params: { futures: [ok(5), fails(5), ok(5), ok(5)], iterations: [{ atMs: 0, of: [0, 1, 2, 3], workMs: 0 }], gathers: [{ atMs: 0, of: [0, 2, 3] }] },
      schedules: 30,
    },
    {
      label: 'asCompleted of two futures whose completers are released at once, the first cancelling',
      params: { futures: [together(cancelled(5)), together(ok(5))], iterations: [{ atMs: 0, of: [0, 1], workMs: 0 }] },
      schedules: 40,
    },
    {
      label: 'callbacks that throw, added before and after the future finishes',
      params: { futures: [ok(4), fails(6)], callbacks: [{ atMs: 0, of: 0, count: 3, throwing: true }, { atMs: 8, of: 0, count: 2, throwing: true }, { atMs: 2, of: 1, count: 2, throwing: true }] },
      schedules: 30,
    },
    {
      label: 'callbacks that call back into their own future: add a callback, setResult and cancel() from inside',
      params: {
        futures: [ok(4), cancelled(5), fails(3)],
        callbacks: [
          { atMs: 0, of: 0, count: 2, reentrant: true },
          { atMs: 8, of: 0, count: 2, reentrant: true },
          { atMs: 0, of: 1, count: 2, reentrant: true },
          { atMs: 8, of: 2, count: 1, reentrant: true },
        ],
      },
      schedules: 20,
    },
    {
      label: "a future given the module's own CancelledError by setException: it failed, it was not cancelled",
      params: {
        futures: [failsWithCancelledError(3), ok(5)],
        waiters: [{ atMs: 0, of: 0 }, { atMs: 6, of: 0 }],
        gathers: [{ atMs: 0, of: [1, 0] }],
        iterations: [{ atMs: 0, of: [1, 0], workMs: 0 }],
      },
      schedules: 20,
    },
    {
      label: 'two asCompleted iterations over overlapping lists, consumed at the same time',
      params: {
        futures: [ok(3), fails(6), ok(9), cancelled(2)],
        iterations: [
          { atMs: 0, of: [0, 1, 2], workMs: 0 },
          { atMs: 0, of: [2, 1, 3], workMs: 0 },
        ],
      },
      schedules: 30,
    },
    randomCase(rng.fork(1), 30),
    randomCase(rng.fork(2), 30),
    randomCase(rng.fork(3), 30),
  ],
  scenario(impl, params, ctx) {
    return referee(impl, params, ctx);
  },
};

/** What the spec knows of one future: how it is meant to end, and what happened to it. */
interface Tracked {
  readonly name: string;
  readonly future: Future;
  readonly plan: FuturePlan;
  readonly value: unknown;
  readonly error: Error;
  /** Set when its completer completed it: the virtual ms, and its place in the order of completions. */
  completedMs?: number;
  completedSeq?: number;
  /** Callbacks added while it was pending, in the order addDoneCallback returned. */
  readonly pendingCallbacks: string[];
  /** Every call of one of its callbacks, in order. */
  readonly calls: string[];
  /** Every call of a callback added from inside one of its callbacks (kept apart from `calls`). */
  readonly nestedCalls: string[];
}

function referee(impl: Module, params: Params, ctx: ScenarioContext): { check(): Failure | undefined } {
  let completions = 0;
  const allCallbacks: Array<{ id: string; of: Tracked; nested?: boolean }> = [];
  const fail = (message: string, expected?: string, actual?: string): void => ctx.fail({ message, expected, actual });

  const tracked: Tracked[] = params.futures.map((plan, i) => {
    const name = `future ${i}`;
    return {
      name,
      future: new impl.Future(),
      plan,
      value: valueOf(plan.value ?? 'object', i),
      error: plan.cancelledError === true ? new impl.CancelledError(`${name} failed`) : new Error(`${name} failed`),
      pendingCallbacks: [],
      calls: [],
      nestedCalls: [],
    };
  });
  const byFuture = new Map<Future, Tracked>(tracked.map((t) => [t.future, t]));
  const listName = (of: readonly number[]): string => `[${of.map((i) => `future ${i}`).join(', ')}]`;
  const outcomeText = (t: Tracked): string =>
    t.plan.outcome === 'result' ? `a result (${show(t.value)})` : t.plan.outcome === 'exception' ? `an exception (${show(t.error)})` : 'a cancellation';

  // Completers: one task per future; those marked `together` go on at once, when the last of them arrives.
  const released = new Event('the completers marked together all arrived');
  let toArrive = tracked.filter((t) => t.plan.together === true).length;
  for (const t of tracked) {
    ctx.spawn(`completer of ${t.name}`, async () => {
      if (t.plan.atMs > 0) await ctx.activity('work', t.plan.atMs);
      if (t.plan.together === true) {
        if (--toArrive === 0) released.set();
        await released.wait();
      }
      const f = t.future;
      if (f.done()) {
        fail(`${t.name}.done() returned true before anyone completed it`, 'false', 'true');
        return;
      }
      const before = [...t.pendingCallbacks];
      const how = t.plan.outcome === 'result' ? `setResult(${show(t.value)})` : t.plan.outcome === 'exception' ? `setException(${show(t.error)})` : 'cancel()';
      ctx.output(`${t.name}.${how}`);
      try {
        if (t.plan.outcome === 'result') f.setResult(t.value);
        else if (t.plan.outcome === 'exception') f.setException(t.error);
        else {
          const answer: unknown = f.cancel();
          if (answer !== true) {
            fail(`cancel() of the pending ${t.name} returned ${show(answer)}: cancelling a pending future succeeds`, 'true', show(answer));
            return;
          }
        }
      } catch (thrown) {
        const error = caught(thrown);
        fail(`${t.name}.${how} threw ${show(error)}: completing a pending future must not throw (a callback that throws is ignored)`, 'no exception', show(error));
        return;
      } finally {
        t.completedMs = ctx.now();
        t.completedSeq = ++completions;
      }
      const isDone: unknown = f.done();
      if (isDone !== true || f.cancelled() !== (t.plan.outcome === 'cancel')) {
        fail(
          `after ${t.name}.${how}, done() is ${show(f.done())} and cancelled() is ${show(f.cancelled())}: a completed future is done ` +
            `(whatever its result, undefined included), and cancelled only after cancel()${t.plan.cancelledError === true ? ' (an exception, a CancelledError too, is not a cancellation)' : ''}`,
          `done() true, cancelled() ${t.plan.outcome === 'cancel'}`,
          `done() ${show(f.done())}, cancelled() ${show(f.cancelled())}`,
        );
        return;
      }
      if (t.calls.join() !== before.join()) {
        fail(
          `${t.name}.${how} returned after calling its done callbacks as [${t.calls.join(', ')}], but [${before.join(', ')}] had been added: ` +
            'completing a future calls every callback added so far, each once, in the order they were added, before it returns',
          `[${before.join(', ')}]`,
          `[${t.calls.join(', ')}]`,
        );
        return;
      }
      // A second completion of any kind: must change nothing.
      for (const [attempt, act] of [
        ['setResult("again")', () => f.setResult('again')],
        ['setException(Error("again"))', () => f.setException(new Error('again'))],
      ] as const) {
        let thrown: unknown;
        try {
          act();
        } catch (error) {
          thrown = caught(error);
        }
        if (!(thrown instanceof impl.InvalidStateError)) {
          fail(
            `${t.name} already had ${outcomeText(t)}, yet ${attempt} ${thrown === undefined ? 'returned normally' : `threw ${show(thrown)}`}: ` +
              'a future is completed once; later attempts throw InvalidStateError',
            'InvalidStateError',
            thrown === undefined ? 'no exception' : show(thrown),
          );
          return;
        }
      }
      const again: unknown = f.cancel();
      if (again !== (t.plan.outcome === 'cancel')) {
        fail(
          `cancel() of ${t.name}, which already had ${outcomeText(t)}, returned ${show(again)}: cancel() returns true for a cancelled ` +
            'future (pending, or cancelled before) and false for one that finished with a result or an exception',
          String(t.plan.outcome === 'cancel'),
          show(again),
        );
        return;
      }
      if (f.cancelled() !== (t.plan.outcome === 'cancel') || t.calls.length !== before.length) {
        fail(`the second attempts to complete ${t.name} changed it (cancelled() is ${show(f.cancelled())}, callbacks called ${t.calls.length} time(s) instead of ${before.length})`);
      }
    });
  }

  /** What result() and gather() must settle with for a future, as [ok, value-or-error]. */
  const settlesWith = (t: Tracked, got: { ok: boolean; value: unknown }, what: string): boolean => {
    if (t.plan.outcome === 'result') {
      if (got.ok && Object.is(got.value, t.value)) return true;
      fail(`${what} ${got.ok ? `resolved with ${show(got.value)}` : `rejected with ${show(got.value)}`}, but ${t.name}'s result is ${show(t.value)}`, show(t.value), show(got.value));
      return false;
    }
    if (t.plan.outcome === 'exception') {
      if (!got.ok && got.value === t.error) return true;
      fail(`${what} ${got.ok ? `resolved with ${show(got.value)}` : `rejected with ${show(got.value)}`}, but ${t.name} failed with ${show(t.error)} (that very error)`, `rejected with ${show(t.error)}`, show(got.value));
      return false;
    }
    if (!got.ok && got.value instanceof impl.CancelledError) return true;
    fail(`${what} ${got.ok ? `resolved with ${show(got.value)}` : `rejected with ${show(got.value)}`}, but ${t.name} was cancelled: expected a CancelledError`, 'a CancelledError', show(got.value));
    return false;
  };
  const settle = async (promise: Promise<unknown>): Promise<{ ok: boolean; value: unknown }> => {
    try {
      return { ok: true, value: await promise };
    } catch (error) {
      return { ok: false, value: caught(error) };
    }
  };
  const onTime = (what: string, settledMs: number, dueMs: number, because: string): boolean => {
    if (settledMs === dueMs) return true;
    fail(
      `${what} settled at ${settledMs} ms, but ${because} at ${dueMs} ms: it must settle at that instant, before virtual time moves on ` +
        '(no timers, no polling)',
      `${dueMs} ms`,
      `${settledMs} ms`,
    );
    return false;
  };

  // result() callers.
  (params.waiters ?? []).forEach((w, k) => {
    const t = tracked[w.of] as Tracked;
    ctx.spawn(`waiter ${k + 1}`, async () => {
      if (w.atMs > 0) await ctx.activity('rest', w.atMs);
      const calledMs = ctx.now();
      const got = await settle(t.future.result());
      ctx.output(`${t.name}.result() ${got.ok ? `→ ${show(got.value)}` : `threw ${show(got.value)}`}`);
      if (t.completedMs === undefined) {
        fail(`${t.name}.result() settled before ${t.name} was completed: it must wait`, 'result() waiting', got.ok ? `resolved with ${show(got.value)}` : `rejected with ${show(got.value)}`);
        return;
      }
      if (!settlesWith(t, got, `${t.name}.result()`)) return;
      onTime(`${t.name}.result()`, ctx.now(), Math.max(calledMs, t.completedMs), `${t.name} was done`);
    });
  });

  /**
   * From inside callback `id` of `t`, which is done: add a callback to it (it must have run once when
   * addDoneCallback returns), then try setResult (must throw InvalidStateError) and cancel() (true only for a
   * cancelled future). Python's concurrent.futures allows all three in a callback.
   */
  const reenter = (t: Tracked, id: string): void => {
    const f = t.future;
    const inner = `${id}+`;
    allCallbacks.push({ id: inner, of: t, nested: true });
    try {
      f.addDoneCallback((arg) => {
        t.nestedCalls.push(inner);
        ctx.output(`callback ${inner} of ${t.name} runs`);
        if (arg !== t.future) fail(`callback ${inner} of ${t.name} was called with ${byFuture.get(arg)?.name ?? show(arg)}: callbacks get their own future`, t.name, byFuture.get(arg)?.name ?? show(arg));
      });
    } catch (thrown) {
      const error = caught(thrown);
      fail(`inside callback ${id}, ${t.name}.addDoneCallback(${inner}) threw ${show(error)}`, 'no exception', show(error));
      return;
    }
    const runs = t.nestedCalls.filter((x) => x === inner).length;
    if (runs !== 1) {
      fail(
        `inside callback ${id}, callback ${inner} was added to ${t.name}, which was done, and ${runs === 0 ? 'was not called' : `was called ${runs} times`} ` +
          'before addDoneCallback returned: a callback added to a done future is called at once, once (also from inside another callback)',
        'called once, at once',
        runs === 0 ? 'not called' : `${runs} calls`,
      );
      return;
    }
    let thrown: unknown;
    try {
      f.setResult('again');
    } catch (error) {
      thrown = caught(error);
    }
    if (!(thrown instanceof impl.InvalidStateError)) {
      fail(
        `inside callback ${id}, ${t.name} already had ${outcomeText(t)}, yet setResult("again") ${thrown === undefined ? 'returned normally' : `threw ${show(thrown)}`}: ` +
          'a future is completed once; later attempts throw InvalidStateError',
        'InvalidStateError',
        thrown === undefined ? 'no exception' : show(thrown),
      );
      return;
    }
    let answer: unknown;
    try {
      answer = f.cancel();
    } catch (error) {
      answer = caught(error);
      fail(`inside callback ${id}, cancel() of ${t.name}, which already had ${outcomeText(t)}, threw ${show(answer)}`, String(t.plan.outcome === 'cancel'), show(answer));
      return;
    }
    if (answer !== (t.plan.outcome === 'cancel')) {
      fail(
        `inside callback ${id}, cancel() of ${t.name}, which already had ${outcomeText(t)}, returned ${show(answer)}: cancel() returns true for a cancelled ` +
          'future and false for one that finished with a result or an exception',
        String(t.plan.outcome === 'cancel'),
        show(answer),
      );
    }
  };

  // Callback adders.
  (params.callbacks ?? []).forEach((c, k) => {
    const t = tracked[c.of] as Tracked;
    ctx.spawn(`callback adder ${k + 1}`, async () => {
      if (c.atMs > 0) await ctx.activity('rest', c.atMs);
      for (let j = 0; j < c.count; j++) {
        const id = `cb${k + 1}.${j + 1}`;
        const throws = c.throwing === true && j === 0;
        const reenters = c.reentrant === true && j === 0;
        allCallbacks.push({ id, of: t });
        const wasDone = t.completedSeq !== undefined;
        const callback = (arg: Future): void => {
          t.calls.push(id);
          ctx.output(`callback ${id} of ${t.name} runs`);
          if (arg !== t.future) fail(`callback ${id} of ${t.name} was called with ${byFuture.get(arg)?.name ?? show(arg)}: callbacks get their own future`, t.name, byFuture.get(arg)?.name ?? show(arg));
          else if (!arg.done()) fail(`inside callback ${id}, ${t.name}.done() returned false: callbacks run once the future is done`, 'true', 'false');
          else if (reenters) reenter(t, id);
          if (throws) throw new Error(`callback ${id} throws`);
        };
        try {
          t.future.addDoneCallback(callback);
        } catch (thrown) {
          const error = caught(thrown);
          fail(`${t.name}.addDoneCallback(${id}) threw ${show(error)}${throws ? ': a callback that throws is ignored (the others still run)' : ''}`, 'no exception', show(error));
          return;
        }
        const runs = t.calls.filter((x) => x === id).length;
        if (wasDone && runs !== 1) {
          fail(
            `callback ${id} was added to ${t.name}, which was already done, and ${runs === 0 ? 'was not called' : `was called ${runs} times`} before addDoneCallback returned: ` +
              'a callback added to a done future is called at once, once',
            'called once, at once',
            runs === 0 ? 'not called' : `${runs} calls`,
          );
          return;
        }
        if (!wasDone) {
          if (runs > 0) {
            fail(`callback ${id} was added to the pending ${t.name} and called at once: it must wait until the future is done`, 'not called yet', 'called');
            return;
          }
          t.pendingCallbacks.push(id);
        }
      }
    });
  });

  // gather() callers.
  (params.gathers ?? []).forEach((g, k) => {
    const list = g.of.map((i) => tracked[i] as Tracked);
    const what = `gather(${listName(g.of)})`;
    ctx.spawn(`gatherer ${k + 1}`, async () => {
      if (g.atMs > 0) await ctx.activity('rest', g.atMs);
      const calledMs = ctx.now();
      const got = await settle(impl.gather(list.map((t) => t.future)));
      const nowMs = ctx.now();
      ctx.output(`${what} ${got.ok ? `→ ${show(got.value)}` : `threw ${show(got.value)}`}`);
      const failing = list.filter((t) => t.plan.outcome !== 'result');
      if (failing.length === 0) {
        const open = list.find((t) => t.completedMs === undefined);
        if (open !== undefined) {
          fail(`${what} settled while ${open.name} was still pending: gather waits for every future`, 'gather waiting', got.ok ? `resolved with ${show(got.value)}` : `rejected with ${show(got.value)}`);
          return;
        }
        const expected = list.map((t) => t.value);
        if (!got.ok || !Array.isArray(got.value) || got.value.length !== expected.length || expected.some((v, i) => !Object.is(v, (got.value as unknown[])[i]))) {
          fail(
            `${what} ${got.ok ? `resolved with ${show(got.value)}` : `rejected with ${show(got.value)}`}, but the futures' results, in the order given, are ${show(expected)}`,
            show(expected),
            show(got.value),
          );
          return;
        }
        onTime(what, nowMs, Math.max(calledMs, ...list.map((t) => t.completedMs ?? 0)), 'its last future was done');
        return;
      }
      // Some future fails: gather rejects at the instant of the first failure (or at the call, if one had failed before).
      const failed = failing.filter((t) => t.completedMs !== undefined);
      if (failed.length === 0) {
        fail(`${what} settled before any of its futures failed or finished`, 'gather waiting', got.ok ? `resolved with ${show(got.value)}` : `rejected with ${show(got.value)}`);
        return;
      }
      const firstMs = Math.min(...failed.map((t) => t.completedMs ?? Infinity));
      const dueMs = Math.max(calledMs, firstMs);
      const candidates = failed.filter((t) => (t.completedMs ?? Infinity) <= dueMs);
      const names = candidates.map((t) => t.name).join(' or ');
      if (got.ok) {
        fail(`${what} resolved with ${show(got.value)}, but ${names} ${candidates.length > 1 ? 'have' : 'has'} no result: gather rejects when a future fails or is cancelled`, `rejected like ${names}`, show(got.value));
        return;
      }
      const match = candidates.some((t) => (t.plan.outcome === 'exception' ? got.value === t.error : got.value instanceof impl.CancelledError));
      if (!match) {
        fail(
          `${what} rejected with ${show(got.value)}, but the first of its futures to fail was ${names}: gather rejects with the first failure ` +
            '(its very exception, or a CancelledError for a cancelled future)',
          candidates.map((t) => (t.plan.outcome === 'exception' ? show(t.error) : 'a CancelledError')).join(' or '),
          show(got.value),
        );
        return;
      }
      onTime(what, nowMs, dueMs, `its first future to fail (${names}) failed`);
    });
  });

  // asCompleted() consumers.
  (params.iterations ?? []).forEach((it, k) => {
    const distinct = [...new Set(it.of)].map((i) => tracked[i] as Tracked);
    const what = `asCompleted(${listName(it.of)})`;
    ctx.spawn(`consumer ${k + 1}`, async () => {
      if (it.atMs > 0) await ctx.activity('rest', it.atMs);
      const iterator = impl.asCompleted(it.of.map((i) => (tracked[i] as Tracked).future))[Symbol.asyncIterator]();
      // The iteration starts at the first next() (an async generator's body runs only then): futures done by
      // then may come first in any order. One that looks at its list at the call hands over those that finish
      // in between in completion order, which is one of those orders.
      if (it.firstNextAfterMs !== undefined) await ctx.activity('busy before the first next()', it.firstNextAfterMs);
      const doneAtStart = new Set(distinct.filter((t) => t.completedSeq !== undefined));
      const handed = new Set<Tracked>();
      for (;;) {
        const askedMs = ctx.now();
        const step = await settle(iterator.next());
        const nowMs = ctx.now();
        if (!step.ok) {
          fail(`${what}: next() threw ${show(step.value)}; a future that failed is handed over like any other, and the iteration does not throw`, 'a future', show(step.value));
          return;
        }
        const { done, value } = step.value as IteratorResult<Future, unknown>;
        if (done === true) {
          const missing = distinct.filter((t) => !handed.has(t));
          if (missing.length > 0) {
            fail(`${what} ended without handing over ${missing.map((t) => t.name).join(', ')}`, 'every future once', `missing ${missing.map((t) => t.name).join(', ')}`);
            return;
          }
          onTime(`${what}'s end`, nowMs, Math.max(askedMs, ...distinct.map((t) => t.completedMs ?? 0)), 'its last future was done');
          return;
        }
        const t = byFuture.get(value);
        ctx.output(`${what} → ${t?.name ?? show(value)}`);
        if (t === undefined || !distinct.includes(t)) {
          fail(`${what} handed over ${t?.name ?? show(value)}, which is not in its list`, `one of ${listName(it.of)}`, t?.name ?? show(value));
          return;
        }
        if (handed.has(t)) {
          fail(`${what} handed over ${t.name} twice: each distinct future comes out once`, 'once', 'twice');
          return;
        }
        if (t.completedSeq === undefined) {
          fail(`${what} handed over ${t.name} before it was done`, 'only done futures', `${t.name} pending`);
          return;
        }
        const earlier = distinct.filter((o) => !handed.has(o) && o !== t);
        const skippedDone = earlier.find((o) => doneAtStart.has(o));
        if (!doneAtStart.has(t) && skippedDone !== undefined) {
          fail(`${what} handed over ${t.name} before ${skippedDone.name}, which was already done when the iteration started: those come first`, `${skippedDone.name} first`, `${t.name} first`);
          return;
        }
        const overtaken = doneAtStart.has(t) ? undefined : earlier.find((o) => o.completedSeq !== undefined && o.completedSeq < (t.completedSeq ?? 0));
        if (overtaken !== undefined) {
          fail(
            `${what} handed over ${t.name} before ${overtaken.name}, but ${overtaken.name} was completed first: after the futures done when the iteration started, ` +
              'asCompleted hands them over in the order they completed',
            `${overtaken.name} first`,
            `${t.name} first`,
          );
          return;
        }
        handed.add(t);
        if (!onTime(`${what}'s next() (${t.name})`, nowMs, Math.max(askedMs, t.completedMs ?? 0), `${t.name} was done and the consumer was asking`)) return;
        if (it.workMs > 0) await ctx.activity('work on it', it.workMs);
      }
    });
  });

  return {
    check(): Failure | undefined {
      for (const { id, of, nested } of allCallbacks) {
        const runs = (nested === true ? of.nestedCalls : of.calls).filter((x) => x === id).length;
        if (runs !== 1) {
          return { message: `callback ${id} of ${of.name} was called ${runs} time(s) in all: each callback runs once`, expected: '1', actual: String(runs) };
        }
      }
      return undefined;
    },
  };
}

/** The result a future with this plan is given: distinct objects for identity, or the awkward falsy values. */
function valueOf(kind: ValueKind, i: number): unknown {
  switch (kind) {
    case 'object':
      return { result: i };
    case 'undefined':
      return undefined;
    case 'null':
      return null;
    case 'zero':
      return 0;
    case 'empty string':
      return '';
    case 'false':
      return false;
  }
}

export default spec;
