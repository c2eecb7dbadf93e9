/**
 * `Atomics.waitAsync` and `Atomics.notify` on the run's virtual clock. V8's own `waitAsync` times out on the
 * real clock and delivers its wake-ups outside the explorer's control: a 1 ms timeout used as a nap never
 * came back before the explorer declared a deadlock, and a 200 ms "give up" timeout never ran out however
 * late the environment was, since virtual time costs no real time.
 *
 * Inside a run the waiters are the run's (`AtomicWaiters`): a timeout is a timer of the code on the virtual
 * clock, and a notify wakes the run's waiters on that cell, first come first served, each resolving with
 * "ok" in a macrotask of its own (an immediate), as Node delivers it a loop turn later. Outside any run both
 * are the real ones. Installed with the time sources (reference-counted there).
 *
 * Written by hand: no fake-timer library covers `Atomics.waitAsync`.
 */
import { type Scheduling, schedulingContext } from '../kit/scheduling';
import type { Timer } from './clock';

/** What the waiters need of their run. */
export interface WaitingRun {
  readonly atomicWaiters: AtomicWaiters;
  readonly finished: boolean;
  /** A timer of the code on the run's virtual clock, firing `fire` as the task of `store`. */
  setCodeTimer(ms: number, store: Scheduling | undefined, fire: () => void, immediate: boolean): Timer;
  clearTimer(timer: Timer): void;
}

type WaitResult = 'ok' | 'not-equal' | 'timed-out';

interface Waiter {
  readonly buffer: SharedArrayBuffer;
  readonly byte: number;
  readonly resolve: (result: WaitResult) => void;
  readonly store: Scheduling | undefined;
  timer: Timer | undefined;
}

/** One run's `Atomics.waitAsync` waiters, in the order they started waiting. */
export class AtomicWaiters {
  private readonly waiting: Waiter[] = [];

  add(waiter: Waiter): void {
    this.waiting.push(waiter);
  }

  remove(waiter: Waiter): boolean {
    const at = this.waiting.indexOf(waiter);
    if (at < 0) return false;
    this.waiting.splice(at, 1);
    return true;
  }

  /** Takes up to `count` waiters of the cell, first come first served. */
  take(buffer: SharedArrayBuffer, byte: number, count: number): Waiter[] {
    const taken: Waiter[] = [];
    for (let at = 0; at < this.waiting.length && taken.length < count; ) {
      const waiter = this.waiting[at] as Waiter;
      if (waiter.buffer === buffer && waiter.byte === byte) {
        this.waiting.splice(at, 1);
        taken.push(waiter);
      } else {
        at += 1;
      }
    }
    return taken;
  }
}

type WaitAsync = (typedArray: unknown, index: unknown, value: unknown, timeout?: unknown) => { async: boolean; value: unknown };
type Notify = (typedArray: unknown, index: unknown, count?: unknown) => number;

/** The cell a validated typed array and index name: its shared buffer and byte offset; undefined if not shared. */
function cellOf(typedArray: unknown, index: unknown): { buffer: SharedArrayBuffer; byte: number } | undefined {
  const array = typedArray as Int32Array | BigInt64Array;
  if (!(array.buffer instanceof SharedArrayBuffer)) return undefined;
  return { buffer: array.buffer, byte: array.byteOffset + (Math.trunc(Number(index)) || 0) * array.BYTES_PER_ELEMENT };
}

/** A timeout as `waitAsync` reads it: absent or NaN is forever, below 0 is 0. */
function timeoutOf(timeout: unknown): number {
  const ms = timeout === undefined ? Number.POSITIVE_INFINITY : Number(timeout);
  return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : Math.max(0, ms);
}

let installed: { waitAsync: PropertyDescriptor; notify: PropertyDescriptor } | undefined;

/** Replaces `Atomics.waitAsync` and `Atomics.notify`; `lookup` finds the calling code's run. */
export function installAtomicsWait(lookup: () => WaitingRun | undefined): void {
  const waitAsyncDescriptor = Object.getOwnPropertyDescriptor(Atomics, 'waitAsync');
  const notifyDescriptor = Object.getOwnPropertyDescriptor(Atomics, 'notify');
  if (waitAsyncDescriptor === undefined || notifyDescriptor === undefined) return;
  installed = { waitAsync: waitAsyncDescriptor, notify: notifyDescriptor };
  const realWaitAsync = waitAsyncDescriptor.value as WaitAsync;
  const realNotify = notifyDescriptor.value as Notify;

  const waitAsync: WaitAsync = (typedArray, index, value, timeout) => {
    const run = lookup();
    if (run === undefined) return realWaitAsync(typedArray, index, value, timeout);
    // V8 itself validates the arguments and compares the cell: with no time to wait, it answers at once.
    const now = realWaitAsync(typedArray, index, value, 0);
    const cell = cellOf(typedArray, index);
    if (now.value === 'not-equal' || cell === undefined) return now;
    const ms = timeoutOf(timeout);
    if (ms === 0) return now;
    if (run.finished) return { async: true, value: new Promise<never>(() => undefined) };
    let resolve: (result: WaitResult) => void = () => undefined;
    const promise = new Promise<WaitResult>((settle) => (resolve = settle));
    const store = schedulingContext.getStore();
    const waiter: Waiter = { buffer: cell.buffer, byte: cell.byte, resolve, store, timer: undefined };
    run.atomicWaiters.add(waiter);
    if (Number.isFinite(ms)) {
      // Never early: a fractional timeout waits the whole next millisecond.
      waiter.timer = run.setCodeTimer(Math.ceil(ms), store, () => {
        if (run.atomicWaiters.remove(waiter)) resolve('timed-out');
      }, false);
    }
    return { async: true, value: promise };
  };

  const notify: Notify = (typedArray, index, count) => {
    const run = lookup();
    const woken = realNotify(typedArray, index, count);
    if (run === undefined) return woken;
    const cell = cellOf(typedArray, index);
    if (cell === undefined) return woken;
    const wanted = count === undefined ? Number.POSITIVE_INFINITY : Math.max(0, Math.trunc(Number(count)) || 0);
    const taken = run.atomicWaiters.take(cell.buffer, cell.byte, wanted - woken);
    for (const waiter of taken) {
      if (waiter.timer !== undefined) run.clearTimer(waiter.timer);
      // Node settles a woken waitAsync in a task of its own, a loop turn after the notify.
      run.setCodeTimer(1, waiter.store, () => waiter.resolve('ok'), true);
    }
    return woken + taken.length;
  };

  Object.defineProperty(Atomics, 'waitAsync', { ...waitAsyncDescriptor, value: waitAsync });
  Object.defineProperty(Atomics, 'notify', { ...notifyDescriptor, value: notify });
}

/** Puts the real functions back. */
export function uninstallAtomicsWait(): void {
  if (installed === undefined) return;
  Object.defineProperty(Atomics, 'waitAsync', installed.waitAsync);
  Object.defineProperty(Atomics, 'notify', installed.notify);
  installed = undefined;
}
