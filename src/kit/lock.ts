import { UsageError } from './errors';
import { defaultName } from './names';
import { controlled, scheduling } from './scheduling';
import { WaitQueue } from './wait-queue';

/**
 * A mutual-exclusion lock with asyncio semantics: not reentrant, not owned (any task may release it), and
 * FIFO-fair: `release` hands the lock straight to the longest waiter, so a newcomer cannot barge in.
 * Like any async call, `acquire` takes the lock (or queues) synchronously, then yields at its `await`:
 * under the explorer that is a scheduling point, and a waiter handed the lock resumes whenever the
 * scheduler chooses, possibly after other tasks ran.
 */
export class Lock {
  readonly name: string;
  private held = false;
  private readonly waiters: WaitQueue;

  constructor(name?: string) {
    this.name = name ?? defaultName('Lock');
    this.waiters = new WaitQueue(`acquire ${this.name}`);
  }

  /** Waits until the lock is free, then takes it. Always resolves to true, as asyncio's does. */
  acquire(): Promise<true> {
    return controlled(this.acquiring());
  }

  private async acquiring(): Promise<true> {
    if (!this.held) {
      this.held = true;
      await scheduling().point(`took ${this.name}`);
      return true;
    }
    await this.waiters.wait(); // invariant: whoever wakes us handed us the lock, `held` stayed true
    return true;
  }

  /** Frees the lock or hands it to the longest waiter. Throws `UsageError` if the lock is not held. */
  release(): void {
    if (!this.held) throw new UsageError(`release() of ${this.name}, which is not locked`);
    if (!this.waiters.wakeOne()) this.held = false;
  }

  locked(): boolean {
    return this.held;
  }

  /** Runs `body` holding the lock, releasing it however `body` ends. */
  async withLock<T>(body: () => Promise<T> | T): Promise<T> {
    await this.acquire();
    try {
      return await body();
    } finally {
      this.release();
    }
  }
}
