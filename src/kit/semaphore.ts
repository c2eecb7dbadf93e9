import { UsageError } from './errors';
import { defaultName } from './names';
import { controlled, scheduling } from './scheduling';
import { WaitQueue } from './wait-queue';

/**
 * A counting semaphore with asyncio semantics. `acquire` takes a permit, waiting while there is none;
 * `release` returns one. FIFO-fair: a released permit goes straight to the longest waiter.
 * `acquire` takes a permit (or queues) synchronously and then yields: a scheduling point under the explorer.
 */
export class Semaphore {
  readonly name: string;
  protected permits: number;
  private readonly waiters: WaitQueue;

  constructor(value = 1, name?: string) {
    if (!Number.isInteger(value) || value < 0) {
      throw new RangeError(`Semaphore value must be a whole number >= 0, got ${String(value)}`);
    }
    this.permits = value;
    this.name = name ?? defaultName(this.kind());
    this.waiters = new WaitQueue(`acquire ${this.name}`);
  }

  /** Takes a permit, waiting while there is none (or others wait before us). Resolves to true. */
  acquire(): Promise<true> {
    return controlled(this.acquiring());
  }

  private async acquiring(): Promise<true> {
    if (this.permits > 0 && this.waiters.size === 0) {
      this.permits -= 1;
      await scheduling().point(`took ${this.name}`);
      return true;
    }
    await this.waiters.wait(); // invariant: the releaser handed its permit to us instead of counting it
    return true;
  }

  /** Returns a permit, handing it to the longest waiter if there is one. */
  release(): void {
    if (!this.waiters.wakeOne()) this.permits += 1;
  }

  /** True when `acquire` would wait. */
  locked(): boolean {
    return this.permits === 0 || this.waiters.size > 0;
  }

  /** Permits currently available. Deciding anything from this number is racy: prefer `acquire`. */
  get value(): number {
    return this.permits;
  }

  protected kind(): string {
    return 'Semaphore';
  }
}

/** A semaphore that refuses to be released above its initial value (a release with no matching acquire). */
export class BoundedSemaphore extends Semaphore {
  private readonly bound: number;

  constructor(value = 1, name?: string) {
    super(value, name);
    this.bound = value;
  }

  override release(): void {
    if (this.permits >= this.bound) {
      throw new UsageError(`${this.name} released too many times (bound ${this.bound})`);
    }
    super.release();
  }

  protected override kind(): string {
    return 'BoundedSemaphore';
  }
}
