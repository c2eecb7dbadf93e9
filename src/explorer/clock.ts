/**
 * Virtual time for one schedule. Time stands still while any task can run; the run advances it to the next
 * timer only when no task can. Timers due at the same time fire in the order they were set, one at a time.
 *
 * Two owners of timers: the code under test (`code`: its setTimeout, sleep, timeouts) and the kata's
 * environment (`environment`: a task's late start, an activity such as eating or fetching). The environment is
 * adversarial in time: an environment timer may be made late, so that it fires after every code timer pending
 * at that moment (a slow philosopher outlasts a 5 s "safety" timeout). Code timers are never moved: a timer
 * never fires early or late, and time never goes back.
 */
export type TimerOwner = 'code' | 'environment';

export interface Timer {
  readonly id: number;
  due: number;
  readonly owner: TimerOwner;
  /** Re-armed after firing with this period, for intervals. */
  readonly period: number | undefined;
  readonly fire: () => void;
  /** An environment timer is made late at most once, so a search over timings stays finite. */
  madeLate: boolean;
  /** False after the code called `unref()`: such a timer does not keep a finished program alive (as in Node). */
  refed: boolean;
  /**
   * A `setImmediate`: due 1 ms on, as time must move for the environment to arrive while code polls with
   * immediates, but before the other timers due then. Set outside Node's check phase, an immediate runs before a
   * `setTimeout(f, 0)` set just before it (clamped to 1 ms); in the order they were set, Node runs them only
   * from the check phase.
   */
  readonly immediate: boolean;
}

export class VirtualClock {
  private time = 0;
  private nextId = 1;
  /** Kept sorted by (due, immediates first, id): short in practice, so insertion sort beats a heap. */
  private readonly timers: Timer[] = [];

  now(): number {
    return this.time;
  }

  get pending(): number {
    return this.timers.length;
  }

  /** When the next timer is due, if any. */
  get nextDue(): number | undefined {
    return this.timers[0]?.due;
  }

  set(delay: number, fire: () => void, owner: TimerOwner = 'code', period?: number, immediate = false): Timer {
    const timer: Timer = { id: this.nextId++, due: this.time + delay, owner, period, fire, madeLate: false, refed: true, immediate };
    this.insert(timer);
    return timer;
  }

  clear(timer: Timer): void {
    const index = this.timers.indexOf(timer);
    if (index >= 0) this.timers.splice(index, 1);
  }

  /** The pending timer with this id (Node lets `clearTimeout` take a timer's numeric id). */
  find(id: number): Timer | undefined {
    return this.timers.find((timer) => timer.id === id);
  }

  isPending(timer: Timer): boolean {
    return this.timers.includes(timer);
  }

  /** Moves a pending timer so it is due `delay` from now (Node's `refresh`). */
  reschedule(timer: Timer, delay: number): void {
    this.clear(timer);
    timer.due = this.time + delay;
    this.insert(timer);
  }

  /**
   * True when some pending timer would keep a program whose work is done running: one that fires once and was
   * not unref'd. Intervals would fire forever, so they never count (Node would keep a ref'd one alive forever;
   * the kata's caller has returned by then, and the schedule must end).
   */
  keepsAlive(): boolean {
    return this.timers.some((timer) => timer.period === undefined && timer.refed);
  }

  /**
   * True when some pending timer keeps Node's event loop alive (a ref'd one, intervals included). When none
   * does, a real process exits here, whatever its tasks still wait for. The environment's timers are ref'd.
   */
  keepsProcessAlive(): boolean {
    return this.timers.some((timer) => timer.refed);
  }

  /** True when some code timer is pending. */
  hasCodeTimer(): boolean {
    return this.timers.some((timer) => timer.owner === 'code');
  }

  /**
   * The environment timers that are due next and could still be made late: those due no later than the last
   * pending code timer. Empty when the next firing has no environment timer, or no code timer would be passed.
   */
  lateCandidates(): Timer[] {
    const first = this.timers[0];
    if (first === undefined) return [];
    const lastCode = this.lastCodeDue();
    if (lastCode === undefined) return [];
    return this.timers.filter((t) => t.due === first.due && t.owner === 'environment' && !t.madeLate && t.due <= lastCode);
  }

  /** Makes `timers` fire just after every code timer pending now. */
  makeLate(timers: readonly Timer[]): void {
    const lastCode = this.lastCodeDue();
    if (lastCode === undefined) return;
    for (const timer of timers) {
      this.clear(timer);
      timer.due = lastCode + 1;
      timer.madeLate = true;
      this.insert(timer);
    }
  }

  /** Holds `timers` back until `until` (a horizon), past whatever timers the code sets meanwhile. */
  holdBack(timers: readonly Timer[], until: number): void {
    for (const timer of timers) {
      this.clear(timer);
      timer.due = Math.max(until, this.time);
      timer.madeLate = true;
      this.insert(timer);
    }
  }

  /** Makes held-back timers that are still pending due next (1 ms from now, as a late one): the environment arrives at last. */
  release(timers: readonly Timer[]): void {
    for (const timer of timers) if (this.isPending(timer)) this.reschedule(timer, 1);
  }

  /** Advances to the earliest due time (never back). Returns false when no timer is pending. */
  advance(): boolean {
    const first = this.timers[0];
    if (first === undefined) return false;
    this.time = Math.max(this.time, first.due);
    return true;
  }

  /**
   * Fires the first timer due by now, if any (an interval is re-armed first). One at a time, because Node runs
   * each timer's microtasks before the next timer due at the same instant fires. Returns whether one fired.
   */
  fireOne(): boolean {
    const timer = this.timers[0];
    if (timer === undefined || timer.due > this.time) return false;
    this.timers.shift();
    if (timer.period !== undefined) {
      timer.due = this.time + timer.period;
      this.insert(timer);
    }
    timer.fire();
    return true;
  }

  /** True when a timer is due by now: it fires before time moves on. */
  hasDue(): boolean {
    const first = this.timers[0];
    return first !== undefined && first.due <= this.time;
  }

  private lastCodeDue(): number | undefined {
    let last: number | undefined;
    for (const timer of this.timers) if (timer.owner === 'code') last = Math.max(last ?? timer.due, timer.due);
    return last;
  }

  private insert(timer: Timer): void {
    let i = this.timers.length;
    while (i > 0) {
      const before = this.timers[i - 1] as Timer;
      if (before.due < timer.due || (before.due === timer.due && firstOfTheInstant(before, timer))) break;
      i--;
    }
    this.timers.splice(i, 0, timer);
  }
}

/** Of two timers due at the same instant, whether `a` fires before `b`: immediates first, then as they were set. */
function firstOfTheInstant(a: Timer, b: Timer): boolean {
  return a.immediate === b.immediate ? a.id < b.id : a.immediate;
}
