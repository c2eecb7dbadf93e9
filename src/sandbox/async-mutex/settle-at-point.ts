import { controlled, isControlled, type Parking, schedulingContext } from '../../kit/scheduling';

/**
 * How the shim turns async-mutex's promises into scheduling points, without changing when the library
 * settles them.
 *
 * async-mutex settles a promise synchronously, inside the call that decides it (a `release` handing the lock
 * over, `cancel`, a timeout's timer); the waiter's code runs a microtask later, where the event loop may run
 * other ready code first. Under the explorer the same promise parks the calling task's flow instead: settling
 * it wakes the flow, and the flow resumes (with the value, or throwing the error) when the scheduler chooses.
 * Outside the explorer it is the library's own `new Promise(executor)`, so even microtask order is the
 * library's.
 */
export type Executor<T> = (resolve: (value: T) => void, reject: (error: unknown) => void) => void;

/** What a deadlock report says the parked flow waits for, and what a flow that did not wait does next. */
export interface PointLabels {
  readonly waits: string;
  readonly passes: string;
}

/**
 * > 0 while the executor of a parked promise runs: the promises the library creates inside it (withTimeout's
 * inner acquire) are internal, awaited by the library's own code, so they must settle as the library's do and
 * must not park a flow of their own (the outer promise is the caller's one scheduling point).
 */
let internal = 0;

type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

function unwrap<T>(outcome: Outcome<T> | undefined): T {
  if (outcome === undefined) throw new Error('async-mutex shim: a parked promise resumed before it was settled');
  if (outcome.ok) return outcome.value;
  throw outcome.error;
}

/**
 * The library's `new Promise(executor)`, settled at a scheduling point. Settled during the executor (a lock
 * that is free): a scheduling point labelled `passes`. Settled later: the calling task's flow parks until then.
 */
export function settledAtPoint<T>(labels: PointLabels, executor: Executor<T>): Promise<T> {
  const scheduling = schedulingContext.getStore();
  if (scheduling === undefined || internal > 0) return new Promise(executor);
  const state = new PointPromise<T>();
  internal += 1;
  try {
    executor(
      (value) => { state.settle({ ok: true, value }); },
      (error) => { state.settle({ ok: false, error }); },
    );
  } catch (error) {
    state.settle({ ok: false, error }); // as `new Promise` turns a throwing executor into a rejection
  } finally {
    internal -= 1;
  }
  const resumed = state.outcome === undefined ? (state.parking = scheduling.park(labels.waits)).promise : scheduling.point(labels.passes);
  return controlled(resumed.then(() => unwrap(state.outcome)));
}

/** A shim promise's outcome, and the parked flow to wake once it settles (if it did not settle at once). */
class PointPromise<T> {
  outcome: Outcome<T> | undefined;
  parking: Parking | undefined;

  settle(settled: Outcome<T>): void {
    if (this.outcome !== undefined) return; // a promise settles once
    this.outcome = settled;
    if (this.parking === undefined) return;
    if (settled.ok) this.parking.wake();
    else this.parking.fail(settled.error);
  }
}

/** Marks a promise that resolves right after a shim promise resumed, unless it is one of the library's internal ones. */
export function resumesAtPoint<T>(promise: Promise<T>): Promise<T> {
  return internal > 0 ? promise : controlled(promise);
}

/**
 * runExclusive's `await callback(value)`: a continuation like any other await, so under the explorer another
 * task may run between the callback's end and the release (as in Node, where other ready code may run first).
 * Outside the explorer, or for a promise the kit already resumes at a point, the result is passed through.
 */
export function afterCallback<T>(result: T | PromiseLike<T>, label: string): T | PromiseLike<T> {
  const scheduling = schedulingContext.getStore();
  if (scheduling === undefined || isControlled(result)) return result;
  const settled = Promise.resolve(result);
  return settled.then(
    async (value) => {
      await scheduling.point(label);
      return value;
    },
    async (error: unknown) => {
      await scheduling.point(label);
      throw error;
    },
  );
}
