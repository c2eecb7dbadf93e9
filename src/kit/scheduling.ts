import { AsyncLocalStorage } from 'node:async_hooks';
import { deferred } from './deferred';

/**
 * The seam between the kit's primitives and whoever schedules tasks.
 *
 * Outside the explorer every call is "free running": a point is one microtask, parking is a plain promise,
 * sleeping uses the real clock. Inside the explorer each task runs with its own `Scheduling` in
 * `schedulingContext`, so the same primitive code becomes a controlled scheduling point.
 */
export interface Parking {
  /** Settles once the parked task may continue (under the explorer: once the scheduler resumes it). */
  readonly promise: Promise<void>;
  /** Lets the parked task continue. Only the first call to `wake` or `fail` has an effect. */
  wake(): void;
  /** Makes the parked task continue by throwing `error`. */
  fail(error: unknown): void;
}

export interface Scheduling {
  /** A place where the scheduler may switch to another task. `label` names it in traces. */
  point(label: string): Promise<void>;
  /** Blocks the calling task until the returned parking is woken. `reason` is shown in deadlock reports. */
  park(reason: string): Parking;
  /** Suspends the calling task for `ms` milliseconds (virtual ones under the explorer). */
  sleep(ms: number): Promise<void>;
}

export const schedulingContext = new AsyncLocalStorage<Scheduling>();

/**
 * Marks promises whose continuation the kit already schedules (a primitive resumes its caller through a
 * scheduling point of its own). Instrumented code awaiting one of these gets no second, redundant point.
 * A symbol-keyed property rather than a WeakSet: one is made per kit call, and a profile of the explorer showed
 * the WeakSet's insertions and their garbage at about a tenth of its time.
 */
const CONTROLLED = Symbol('controlled by the kit');

/** Marks `promise` as resolved through a kit scheduling point, and returns it. */
export function controlled<T>(promise: Promise<T>): Promise<T> {
  (promise as Promise<T> & { [CONTROLLED]?: true })[CONTROLLED] = true;
  return promise;
}

export function isControlled(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { [CONTROLLED]?: true })[CONTROLLED] === true;
}

/** The scheduling of the calling task, or the free-running one outside the explorer. */
export function scheduling(): Scheduling {
  return schedulingContext.getStore() ?? freeRunning;
}

function parkFreely(): Parking {
  let settled = false;
  const { promise, resolve, reject } = deferred();
  return {
    promise,
    wake() {
      if (!settled) { settled = true; resolve(); }
    },
    fail(error) {
      if (!settled) { settled = true; reject(error); }
    },
  };
}

const freeRunning: Scheduling = {
  point: () => Promise.resolve(),
  park: parkFreely,
  // Looked up at call time, so a clock installed on globalThis (the explorer's virtual one) is honoured.
  sleep: (ms) => new Promise<void>((resolve) => globalThis.setTimeout(resolve, ms)),
};
