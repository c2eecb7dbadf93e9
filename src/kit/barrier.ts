import { BrokenBarrierError } from './errors';
import { defaultName } from './names';
import { controlled, scheduling } from './scheduling';
import { WaitQueue } from './wait-queue';

/**
 * A reusable barrier for `parties` tasks, with asyncio semantics: `wait` blocks until that many tasks wait,
 * then releases them all and resolves each with its arrival index (0 .. parties-1). `abort` breaks the barrier:
 * current and future waiters throw `BrokenBarrierError` until `reset`.
 */
export class Barrier {
  readonly name: string;
  readonly parties: number;
  private arrived = 0;
  private isBroken = false;
  private readonly waiters: WaitQueue;

  constructor(parties: number, name?: string) {
    if (!Number.isInteger(parties) || parties < 1) {
      throw new RangeError(`Barrier parties must be a whole number >= 1, got ${String(parties)}`);
    }
    this.parties = parties;
    this.name = name ?? defaultName('Barrier');
    this.waiters = new WaitQueue(`wait ${this.name}`);
  }

  wait(): Promise<number> {
    return controlled(this.waiting());
  }

  private async waiting(): Promise<number> {
    this.throwIfBroken();
    const index = this.arrived;
    this.arrived += 1;
    if (this.arrived === this.parties) {
      // The last arrival opens the barrier and starts the next cycle.
      this.arrived = 0;
      this.waiters.wakeAll();
      await scheduling().point(`opened ${this.name}`);
      return index;
    }
    await this.waiters.wait();
    return index;
  }

  /** Breaks the barrier: every waiting task, and every later `wait`, throws `BrokenBarrierError`. */
  abort(): void {
    this.isBroken = true;
    this.arrived = 0;
    this.waiters.failAll(new BrokenBarrierError(`${this.name} was aborted`));
  }

  /** Mends a broken barrier (waiters of the old cycle are failed). */
  reset(): void {
    this.waiters.failAll(new BrokenBarrierError(`${this.name} was reset`));
    this.arrived = 0;
    this.isBroken = false;
  }

  get broken(): boolean {
    return this.isBroken;
  }

  /** How many tasks wait at the barrier now. */
  get nWaiting(): number {
    return this.arrived;
  }

  private throwIfBroken(): void {
    if (this.isBroken) throw new BrokenBarrierError(`${this.name} is broken`);
  }
}
