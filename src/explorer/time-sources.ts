/* eslint-disable @typescript-eslint/no-require-imports -- Node's timer modules are patched as the objects
   `require` returns, which is what learner code's imports (compiled to require) read at call time. */
import { promisify } from 'node:util';
import { schedulingContext } from '../kit/scheduling';
import type { Timer } from './clock';
import { type Run, TaskScheduling } from './run';
import { installOutsideWakeups, uninstallOutsideWakeups } from './outside-wakeups';
import { installWeakReferences, uninstallWeakReferences } from './weak-references';
import { installAtomicsWait, uninstallAtomicsWait } from './atomics-wait';

/**
 * One virtual clock for every time source JavaScript code can read or wait on: the global timers, the
 * `node:timers` and `node:timers/promises` modules (including `setInterval` as an async iterator and
 * `scheduler.wait` / `scheduler.yield`), `util.promisify(setTimeout)`, `AbortSignal.timeout`, `Date`,
 * `performance.now`, `process.hrtime` and `process.uptime`; and `Math.random`, which draws from the calling
 * run's own sequence, the same in every schedule.
 *
 * Installed once per process, before code under test is loaded, so that what a module captures at import
 * time is already virtual. Each replacement looks up, at call time, the run that owns the calling code (its
 * task's run, through the async context) and uses that run's clock; outside any run it calls the real one.
 * The clock, its timers and their ids belong to the run: nothing here holds a run.
 *
 * Why not @sinonjs/fake-timers: it installs one clock for the whole process and fires callbacks in the
 * context of whoever advances it. Here each schedule needs its own clock, driven by the scheduler only when
 * no task can run, callbacks must run as the task that set them (for attribution and scheduling), and the
 * environment's timers must be told apart from the code's (the environment may be slow). Its list of what to
 * cover (globals, `timers`, `timers/promises`, Date, performance, hrtime) was the checklist for this file.
 */
type Callback = (...args: unknown[]) => unknown;

const timersModule = require('node:timers') as Record<string, unknown>;
const timersPromises = require('node:timers/promises') as Record<string, unknown> & { scheduler: Record<string, unknown> };

const RealDate = Date;
const real = {
  setTimeout: globalThis.setTimeout,
  clearTimeout: globalThis.clearTimeout,
  setInterval: globalThis.setInterval,
  clearInterval: globalThis.clearInterval,
  setImmediate: globalThis.setImmediate,
  clearImmediate: globalThis.clearImmediate,
  queueMicrotask: globalThis.queueMicrotask,
  dateNow: Date.now.bind(Date),
  performanceNow: performance.now.bind(performance),
  /** The original function object (it carries `.bigint`), put back as it was. */
  hrtime: process.hrtime,
  // eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be called with its own receiver
  hrtimeBigint: process.hrtime.bigint,
  abortSignalTimeout: AbortSignal.timeout.bind(AbortSignal),
  // eslint-disable-next-line @typescript-eslint/unbound-method -- put back as it was, called with its own receiver
  uptime: process.uptime,
  random: Math.random,
  // eslint-disable-next-line @typescript-eslint/unbound-method -- put back as it was, called with its own receiver
  nextTick: process.nextTick,
  promises: {
    setTimeout: timersPromises.setTimeout,
    setImmediate: timersPromises.setImmediate,
    setInterval: timersPromises.setInterval,
  },
  scheduler: { wait: timersPromises.scheduler.wait, yield: timersPromises.scheduler.yield },
};

/** Virtual time starts at this wall-clock instant in every schedule, so `Date` is reproducible too. */
export const VIRTUAL_EPOCH = Date.UTC(2026, 0, 1);

/** The run whose clock the calling code uses, if it is running under the explorer. */
function owningRun(): Run | undefined {
  const store = schedulingContext.getStore();
  return store instanceof TaskScheduling ? store.run : undefined;
}

/** What code under test gets back from a virtual `setTimeout`; shaped like Node's `Timeout`. */
class VirtualTimeout {
  private refed = true;
  private closed = false;

  private timer: Timer | undefined;

  constructor(
    private readonly run: Run,
    private readonly delay: number,
    /** Sets the timer, now and again for `refresh()` after it fired; undefined in a finished run. */
    private readonly arm: (() => Timer) | undefined,
  ) {
    this.timer = arm?.();
  }
  ref(): this {
    this.refed = true;
    if (this.timer !== undefined) this.timer.refed = true;
    return this;
  }
  unref(): this {
    this.refed = false;
    if (this.timer !== undefined) this.timer.refed = false;
    return this;
  }
  hasRef(): boolean {
    return this.refed;
  }
  /** As in Node: a pending timer starts its delay again; one that already fired is set again; a cleared one stays cleared. */
  refresh(): this {
    if (this.closed) return this;
    if (this.timer !== undefined && this.run.clock.isPending(this.timer)) this.run.clock.reschedule(this.timer, this.delay);
    else if (this.arm !== undefined) {
      this.timer = this.arm();
      this.timer.refed = this.refed;
    }
    return this;
  }
  close(): this {
    if (this.timer !== undefined) this.run.clock.clear(this.timer);
    this.timer = undefined;
    this.closed = true;
    return this;
  }
  [Symbol.toPrimitive](): number {
    return this.timer?.id ?? 0;
  }
}

/** Node clamps delays outside 1 .. 2^31-1 to 1 ms; an immediate also costs 1 virtual ms, so polling lets time pass. */
function clampDelay(delay: unknown): number {
  const ms = typeof delay === 'number' ? delay : Number(delay);
  return ms >= 1 && ms <= 2 ** 31 - 1 ? Math.trunc(ms) : 1;
}

function setVirtual(run: Run, callback: unknown, delay: number, args: unknown[], repeat: boolean, immediate = false): VirtualTimeout {
  if (typeof callback !== 'function') throw new TypeError('The "callback" argument must be of type function');
  if (run.finished) return new VirtualTimeout(run, delay, undefined);
  const store = schedulingContext.getStore();
  return new VirtualTimeout(run, delay, () =>
    run.clock.set(delay, () => { run.fireCallback(store, () => (callback as Callback)(...args)); }, 'code', repeat ? delay : undefined, immediate));
}

function clearVirtual(handle: unknown, clearReal: (handle: never) => void): void {
  if (handle instanceof VirtualTimeout) {
    handle.close();
    return;
  }
  const run = owningRun();
  if (run !== undefined && (typeof handle === 'number' || typeof handle === 'string')) {
    const timer = run.clock.find(Number(handle));
    if (timer !== undefined) run.clock.clear(timer);
    return;
  }
  clearReal(handle as never);
}

/**
 * The error Node's promise timers reject with when aborted: an `AbortError` (code `ABORT_ERR`) whose cause is
 * the signal's reason, not the reason itself; code that tells an abort apart by `code` or `name` relies on it.
 */
function abortError(signal: AbortSignal | undefined): Error {
  const error = new Error('The operation was aborted', { cause: signal?.reason });
  error.name = 'AbortError';
  Object.assign(error, { code: 'ABORT_ERR' });
  return error;
}

/** Rejects with an `AbortError` when `signal` aborts, as Node's promise timers do. */
function abortable<T>(signal: AbortSignal | undefined, start: (resolve: (value: T) => void) => () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted === true) {
      reject(abortError(signal));
      return;
    }
    const cancel = start((value) => {
      signal?.removeEventListener('abort', onAbort);
      resolve(value);
    });
    const onAbort = (): void => {
      cancel();
      reject(abortError(signal));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

interface TimerOptions {
  readonly signal?: AbortSignal;
  /** `false` unrefs the timer, as `timeout.unref()` does. */
  readonly ref?: boolean;
}

function promiseTimeout<T>(run: Run, delay: unknown, value: T, options: TimerOptions | undefined, immediate = false): Promise<T> {
  return abortable<T>(options?.signal, (resolve) => {
    const timeout = setVirtual(run, () => resolve(value), clampDelay(delay), [], false, immediate);
    if (options?.ref === false) timeout.unref();
    return () => timeout.close();
  });
}

/** `timers/promises` setInterval: an async iterator yielding `value` at each tick, ticks that came meanwhile queued. */
async function* promiseInterval<T>(run: Run, delay: unknown, value: T, options: TimerOptions | undefined): AsyncGenerator<T> {
  const signal = options?.signal;
  let pendingTicks = 0;
  let wake: (() => void) | undefined;
  const interval = setVirtual(run, () => {
    pendingTicks += 1;
    wake?.();
  }, clampDelay(delay), [], true);
  try {
    for (;;) {
      if (signal?.aborted === true) throw abortError(signal);
      if (pendingTicks === 0) {
        await abortable<undefined>(signal, (resolve) => {
          wake = () => resolve(undefined);
          return () => (wake = undefined);
        });
        wake = undefined;
      }
      pendingTicks -= 1;
      yield value;
    }
  } finally {
    interval.close();
  }
}

/**
 * `queueMicrotask` inside a run: the callback is a continuation like any other, queued first in, first out
 * with the promise continuations (JavaScript has one job queue for both), so it waits for the scheduler
 * behind those queued before it. Run at once, it would overtake them: a correct solution that wakes its
 * partners' promises and then queues its own step was rejected. What the callback throws fails the schedule,
 * as it would crash a process.
 */
function queueJob(callback: unknown): void {
  if (typeof callback !== 'function') throw new TypeError('The "callback" argument must be of type function');
  const scope = schedulingContext.getStore();
  if (!(scope instanceof TaskScheduling)) {
    real.queueMicrotask(callback as () => void);
    return;
  }
  void scope.gate(undefined).then(() => {
    try {
      (callback as Callback)();
    } catch (error) {
      scope.run.fail({ kind: 'crash', task: `a queueMicrotask callback of ${scope.task.name}`, error });
    }
  });
}

/**
 * `process.nextTick` inside a run. From a continuation (a microtask), Node runs the callback only once the
 * microtask queue is empty: behind every continuation queued, also those queued after it, so it waits for the
 * scheduler behind them (`TaskScheduling.tick`). Run at once, it would act before continuations that Node runs
 * first: a lock marked held "on the next tick" looked free to nobody else. From a timer's callback (a macrotask)
 * Node runs it right after that callback, before any continuation, which the real nextTick does here too.
 */
function queueTick(callback: unknown, ...args: unknown[]): void {
  const scope = schedulingContext.getStore();
  if (!(scope instanceof TaskScheduling) || scope.run.macrotask > 0 || typeof callback !== 'function') {
    real.nextTick(callback as Callback, ...args);
    return;
  }
  void scope.tick().then(() => {
    try {
      (callback as Callback)(...args);
    } catch (error) {
      scope.run.fail({ kind: 'crash', task: `a process.nextTick callback of ${scope.task.name}`, error });
    }
  });
}

/** A replacement that uses the owning run's clock, or the real function outside the explorer. */
function dispatch<A extends unknown[], R>(virtual: (run: Run, ...args: A) => R, realFn: (...args: A) => R): (...args: A) => R {
  return (...args: A): R => {
    const run = owningRun();
    return run === undefined ? realFn(...args) : virtual(run, ...args);
  };
}

type AnyFn = (...args: never[]) => unknown;
const asAny = (fn: unknown): ((...args: unknown[]) => unknown) => fn as (...args: unknown[]) => unknown;

function buildVirtual() {
  const promisesSetTimeout = dispatch(
    (run, delay?: unknown, value?: unknown, options?: TimerOptions) => promiseTimeout(run, delay, value, options),
    asAny(real.promises.setTimeout) as (delay?: unknown, value?: unknown, options?: TimerOptions) => Promise<unknown>,
  );
  const promisesSetImmediate = dispatch(
    (run, value?: unknown, options?: TimerOptions) => promiseTimeout(run, 1, value, options, true),
    asAny(real.promises.setImmediate) as (value?: unknown, options?: TimerOptions) => Promise<unknown>,
  );
  const setTimeoutVirtual = Object.assign(
    dispatch((run, callback: unknown, delay?: unknown, ...args: unknown[]) => setVirtual(run, callback, clampDelay(delay), args, false), asAny(real.setTimeout)),
    { [promisify.custom]: promisesSetTimeout },
  );
  const setImmediateVirtual = Object.assign(
    dispatch((run, callback: unknown, ...args: unknown[]) => setVirtual(run, callback, 1, args, false, true), asAny(real.setImmediate)),
    { [promisify.custom]: promisesSetImmediate },
  );
  return {
    setTimeout: setTimeoutVirtual,
    setInterval: dispatch((run, callback: unknown, delay?: unknown, ...args: unknown[]) => setVirtual(run, callback, clampDelay(delay), args, true), asAny(real.setInterval)),
    setImmediate: setImmediateVirtual,
    clearTimeout: (handle?: unknown) => { clearVirtual(handle, real.clearTimeout); },
    clearInterval: (handle?: unknown) => { clearVirtual(handle, real.clearInterval); },
    clearImmediate: (handle?: unknown) => { clearVirtual(handle, real.clearImmediate); },
    promises: {
      setTimeout: promisesSetTimeout,
      setImmediate: promisesSetImmediate,
      setInterval: dispatch(
        (run, delay?: unknown, value?: unknown, options?: TimerOptions) => promiseInterval(run, delay, value, options),
        asAny(real.promises.setInterval) as (delay?: unknown, value?: unknown, options?: TimerOptions) => AsyncGenerator,
      ),
    },
    scheduler: {
      wait: dispatch(
        (run, delay?: unknown, options?: TimerOptions) => promiseTimeout(run, delay, undefined, options),
        (delay?: unknown, options?: TimerOptions) => asAny(real.scheduler.wait).call(timersPromises.scheduler, delay, options),
      ),
      yield: dispatch(
        (run) => promiseTimeout(run, 1, undefined, undefined, true),
        () => asAny(real.scheduler.yield).call(timersPromises.scheduler),
      ),
    },
    abortSignalTimeout: dispatch((run, delay: unknown) => {
      const controller = new AbortController();
      // Unref'd, as Node's: a process whose only pending work is such a timeout exits without firing it.
      setVirtual(run, () => {
        controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
      }, clampDelay(delay), [], false).unref();
      return controller.signal;
    }, real.abortSignalTimeout as (delay: unknown) => AbortSignal),
    performanceNow: dispatch((run) => run.clock.now(), real.performanceNow),
    /** Seconds since the schedule began, as if each schedule were a fresh process. */
    uptime: dispatch((run) => run.clock.now() / 1000, () => real.uptime.call(process)),
    hrtime: Object.assign(
      dispatch((run, previous?: [number, number]) => {
        const ns = BigInt(run.clock.now()) * 1_000_000n - (previous === undefined ? 0n : BigInt(previous[0]) * 1_000_000_000n + BigInt(previous[1]));
        return [Number(ns / 1_000_000_000n), Number(ns % 1_000_000_000n)];
      }, (previous?: [number, number]) => real.hrtime.call(process, previous)),
      { bigint: dispatch((run) => BigInt(run.clock.now()) * 1_000_000n, () => real.hrtimeBigint.call(process.hrtime)) },
    ),
    Date: virtualDate(),
  };
}

/** `Date` whose "now" (no-argument constructor, `Date()`, `Date.now()`) is the owning run's virtual time. */
function virtualDate(): DateConstructor {
  const now = (): number => {
    const run = owningRun();
    return run === undefined ? real.dateNow() : VIRTUAL_EPOCH + run.clock.now();
  };
  return new Proxy(RealDate, {
    construct(target, args: unknown[], newTarget: AnyFn) {
      const values = args.length === 0 ? [now()] : args;
      return Reflect.construct(target, values, newTarget) as object;
    },
    apply() {
      return new RealDate(now()).toString();
    },
    get(target, key, receiver) {
      if (key === 'now') return now;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

let installed = 0;

/**
 * Puts every time source on the virtual clock of whichever run calls it. Reference-counted: the sandbox
 * installs it for the worker's lifetime (before loading code under test), `explore` for its own duration.
 */
export function installTimeSources(): void {
  installed += 1;
  if (installed > 1) return;
  const v = buildVirtual();
  Object.assign(globalThis, {
    setTimeout: v.setTimeout,
    setInterval: v.setInterval,
    setImmediate: v.setImmediate,
    clearTimeout: v.clearTimeout,
    clearInterval: v.clearInterval,
    clearImmediate: v.clearImmediate,
    Date: v.Date,
    queueMicrotask: queueJob,
  });
  Object.assign(timersModule, {
    setTimeout: v.setTimeout,
    setInterval: v.setInterval,
    setImmediate: v.setImmediate,
    clearTimeout: v.clearTimeout,
    clearInterval: v.clearInterval,
    clearImmediate: v.clearImmediate,
  });
  Object.assign(timersPromises, v.promises);
  Object.assign(timersPromises.scheduler, v.scheduler);
  Object.defineProperty(performance, 'now', { value: v.performanceNow, configurable: true, writable: true });
  process.hrtime = v.hrtime as typeof process.hrtime;
  process.uptime = v.uptime;
  process.nextTick = queueTick as typeof process.nextTick;
  AbortSignal.timeout = v.abortSignalTimeout;
  // Not a time source, but as uncontrolled: a draw that differed from one schedule to the next would make a
  // replay run differently (random back-off is an everyday idiom).
  Math.random = () => owningRun()?.random() ?? real.random();
  installOutsideWakeups(() => owningRun()?.noteOutsideWakeup());
  // Not time either, but the other thing the environment decides: when garbage is collected.
  installWeakReferences(owningRun);
  installAtomicsWait(owningRun);
}

/** Undoes one `installTimeSources`; the last one puts every real source back. */
export function uninstallTimeSources(): void {
  if (installed === 0) return;
  installed -= 1;
  if (installed > 0) return;
  const timers = {
    setTimeout: real.setTimeout,
    clearTimeout: real.clearTimeout,
    setInterval: real.setInterval,
    clearInterval: real.clearInterval,
    setImmediate: real.setImmediate,
    clearImmediate: real.clearImmediate,
  };
  Object.assign(globalThis, timers, { Date: RealDate, queueMicrotask: real.queueMicrotask });
  Object.assign(timersModule, timers);
  Object.assign(timersPromises, real.promises);
  delete timersPromises.scheduler.wait; // the instance's own replacements; the prototype's methods show again
  delete timersPromises.scheduler.yield;
  delete (performance as { now?: unknown }).now;
  process.hrtime = real.hrtime;
  process.uptime = real.uptime;
  process.nextTick = real.nextTick;
  AbortSignal.timeout = real.abortSignalTimeout;
  Math.random = real.random;
  uninstallOutsideWakeups();
  uninstallWeakReferences();
  uninstallAtomicsWait();
}
