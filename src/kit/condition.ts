import { controlled } from './scheduling';
import { UsageError } from './errors';
import { Lock } from './lock';
import { defaultName } from './names';
import { WaitQueue } from './wait-queue';

/**
 * A condition variable with asyncio semantics, bound to a `Lock` (its own unless one is given).
 * `wait`, `notify` and `notifyAll` require the lock to be held and throw `UsageError` otherwise.
 * Wake-ups are FIFO. A notify with no waiter is lost by design: wait in a loop on a predicate (`waitFor`).
 */
export class Condition {
  readonly name: string;
  readonly lock: Lock;
  private readonly waiters: WaitQueue;

  constructor(lock?: Lock, name?: string) {
    this.name = name ?? defaultName('Condition');
    this.lock = lock ?? new Lock(`${this.name}.lock`);
    this.waiters = new WaitQueue(`notify on ${this.name}`);
  }

  acquire(): Promise<true> {
    return this.lock.acquire();
  }

  release(): void {
    this.lock.release();
  }

  locked(): boolean {
    return this.lock.locked();
  }

  /**
   * Releases the lock, waits for a notify, and takes the lock again before returning, also when failing.
   * Entering the wait queue and releasing the lock happen in one step, so a notify cannot slip between them.
   */
  wait(): Promise<true> {
    return controlled(this.waiting());
  }

  private async waiting(): Promise<true> {
    this.mustHoldLock('wait');
    const parking = this.waiters.enter();
    this.lock.release();
    try {
      await parking.promise;
    } finally {
      await this.lock.acquire();
    }
    return true;
  }

  /** Waits until `predicate()` is truthy, checking it under the lock before each wait. Returns its value. */
  waitFor<T>(predicate: () => T): Promise<T> {
    return controlled(this.waitingFor(predicate));
  }

  private async waitingFor<T>(predicate: () => T): Promise<T> {
    let result = predicate();
    while (!result) {
      await this.wait();
      result = predicate();
    }
    return result;
  }

  /** Wakes up to `n` waiters, longest-waiting first. */
  notify(n = 1): void {
    this.mustHoldLock('notify');
    for (let i = 0; i < n && this.waiters.wakeOne(); i++);
  }

  notifyAll(): void {
    this.mustHoldLock('notifyAll');
    this.waiters.wakeAll();
  }

  private mustHoldLock(method: string): void {
    if (!this.lock.locked()) {
      throw new UsageError(`${method}() on ${this.name} without holding its lock`);
    }
  }
}
