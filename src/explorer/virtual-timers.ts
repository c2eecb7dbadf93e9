import { schedulingContext } from '../kit/scheduling';
import type { Timer, VirtualClock } from './clock';
import { type Run, TaskScheduling } from './run';

/**
 * Puts `setTimeout`, `setInterval`, `setImmediate` and their `clear*` functions on the explorer's virtual
 * clock while exploring, so learner code that waits with timers takes no real time and is ordered by the
 * scheduler. A callback runs in the context of the task that set the timer. `setTimeout(fn, 0)` and
 * `setImmediate(fn)` both cost 1 virtual ms, so a loop that yields to the event loop lets time pass.
 */
type Callback = (...args: unknown[]) => void;

const real = {
  setTimeout: globalThis.setTimeout,
  clearTimeout: globalThis.clearTimeout,
  setInterval: globalThis.setInterval,
  clearInterval: globalThis.clearInterval,
  setImmediate: globalThis.setImmediate,
  clearImmediate: globalThis.clearImmediate,
};

let activeRun: Run | undefined;

/** The run whose clock the calling code uses: its task's run, else the run being explored. */
function owningRun(): Run | undefined {
  const store = schedulingContext.getStore();
  return store instanceof TaskScheduling ? store.run : activeRun;
}

/** What learner code gets back from a virtual `setTimeout`; shaped like Node's `Timeout`. */
class VirtualTimeout {
  constructor(
    private readonly clock: VirtualClock | undefined,
    readonly timer: Timer | undefined,
    private readonly delay: number,
  ) {}
  ref(): this {
    return this;
  }
  unref(): this {
    return this;
  }
  hasRef(): boolean {
    return true;
  }
  refresh(): this {
    if (this.clock !== undefined && this.timer !== undefined) this.clock.reschedule(this.timer, this.delay);
    return this;
  }
  close(): this {
    if (this.timer !== undefined) this.clock?.clear(this.timer);
    return this;
  }
  [Symbol.toPrimitive](): number {
    return this.timer?.id ?? 0;
  }
}

function schedule(callback: unknown, delay: unknown, args: unknown[], repeat: boolean): VirtualTimeout {
  if (typeof callback !== 'function') throw new TypeError('The "callback" argument must be of type function');
  const run = owningRun();
  const ms = typeof delay === 'number' && delay >= 1 && delay <= 2 ** 31 - 1 ? Math.trunc(delay) : 1;
  if (run === undefined || run.finished) return new VirtualTimeout(undefined, undefined, ms);
  const store = schedulingContext.getStore();
  const fire = (): void => {
    try {
      if (store === undefined) (callback as Callback)(...args);
      else schedulingContext.run(store, () => { (callback as Callback)(...args); });
    } catch (error) {
      const owner = store instanceof TaskScheduling ? store.task.name : 'the scenario';
      run.fail({ kind: 'crash', task: `a timer set by ${owner}`, error });
    }
  };
  return new VirtualTimeout(run.clock, run.clock.set(ms, fire, repeat ? ms : undefined), ms);
}

function clear(handle: unknown): void {
  if (handle instanceof VirtualTimeout) handle.close();
}

const virtual = {
  setTimeout: (callback: unknown, delay?: unknown, ...args: unknown[]) => schedule(callback, delay, args, false),
  setInterval: (callback: unknown, delay?: unknown, ...args: unknown[]) => schedule(callback, delay, args, true),
  setImmediate: (callback: unknown, ...args: unknown[]) => schedule(callback, 1, args, false),
  clearTimeout: clear,
  clearInterval: clear,
  clearImmediate: clear,
};

/** Installs the virtual timers on globalThis (idempotent). */
export function installVirtualTimers(): void {
  Object.assign(globalThis, virtual);
}

/** Puts the real timers back. */
export function uninstallVirtualTimers(): void {
  Object.assign(globalThis, real);
}

/** Timers set outside any task (in a scenario's setup) go to this run's clock. */
export function setActiveRun(run: Run | undefined): void {
  activeRun = run;
}
