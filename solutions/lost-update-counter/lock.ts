/**
 * One kit Lock per key, made on first use. The map lookup and the `new Lock` happen in one synchronous step
 * (no await between "is there a lock?" and "here is one"), so two increments of a key always get the same
 * lock. The read and the write both happen while holding it, and `finally` gives it back however the store
 * call ends. Locks are kept for good: a lock that others may be queued on must never be replaced.
 */
import { Lock } from '@kit';

export interface Store {
  get(key: string): Promise<number>;
  set(key: string, value: number): Promise<void>;
}

export class Counter {
  private readonly locks = new Map<string, Lock>();

  constructor(private readonly store: Store) {}

  private lockFor(key: string): Lock {
    let lock = this.locks.get(key);
    if (lock === undefined) {
      lock = new Lock(`lock ${JSON.stringify(key)}`);
      this.locks.set(key, lock);
    }
    return lock;
  }

  async increment(key: string): Promise<number> {
    const lock = this.lockFor(key);
    await lock.acquire();
    try {
      const value = (await this.store.get(key)) + 1;
      await this.store.set(key, value);
      return value;
    } finally {
      lock.release();
    }
  }
}
