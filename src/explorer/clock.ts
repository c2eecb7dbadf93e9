/**
 * Virtual time for one schedule. Time stands still while any task can run; the explorer advances it to the
 * next timer only when every task is blocked, sleeping or waiting on something it cannot see.
 * Timers due at the same time fire in the order they were set.
 */
export interface Timer {
  readonly id: number;
  due: number;
  /** Re-armed after firing with this period, for intervals. */
  readonly period: number | undefined;
  readonly fire: () => void;
}

export class VirtualClock {
  private time = 0;
  private nextId = 1;
  /** Kept sorted by (due, id): short in practice, so insertion sort beats a heap. */
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

  set(delay: number, fire: () => void, period?: number): Timer {
    const timer: Timer = { id: this.nextId++, due: this.time + delay, period, fire };
    this.insert(timer);
    return timer;
  }

  clear(timer: Timer): void {
    const index = this.timers.indexOf(timer);
    if (index >= 0) this.timers.splice(index, 1);
  }

  /** Moves a pending timer so it is due `delay` from now (Node's `refresh`). */
  reschedule(timer: Timer, delay: number): void {
    this.clear(timer);
    timer.due = this.time + delay;
    this.insert(timer);
  }

  /**
   * Advances to the earliest due time and fires every timer due then, in order, before anyone runs: tasks
   * woken at the same instant are then runnable together, and the scheduler chooses between them.
   * Returns false when no timer is pending.
   */
  fireNext(): boolean {
    const first = this.timers[0];
    if (first === undefined) return false;
    this.time = Math.max(this.time, first.due);
    while (this.timers[0] !== undefined && this.timers[0].due <= this.time) {
      const timer = this.timers.shift() as Timer;
      if (timer.period !== undefined) {
        timer.due = this.time + timer.period;
        this.insert(timer);
      }
      timer.fire();
    }
    return true;
  }

  private insert(timer: Timer): void {
    let i = this.timers.length;
    while (i > 0) {
      const before = this.timers[i - 1] as Timer;
      if (before.due < timer.due || (before.due === timer.due && before.id < timer.id)) break;
      i--;
    }
    this.timers.splice(i, 0, timer);
  }
}
