/**
 * A set of busy keys under one Condition. The condition's lock guards only the bookkeeping (mark a key busy,
 * mark it free), never the store calls: an increment waits until its key is free, marks it busy, lets go of
 * the lock and talks to the store while other keys' increments do the same. When it is done it frees the key
 * and wakes every waiter; waitFor makes each re-check its own key, so waiters of other keys go back to sleep.
 */
import { Condition, Lock } from '@kit';

export interface Store {
  get(key: string): Promise<number>;
  set(key: string, value: number): Promise<void>;
}

export class Counter {
  private readonly busy = new Set<string>();
  private readonly lock = new Lock('busy keys');
  private readonly changed = new Condition(this.lock, 'a key became free');

  constructor(private readonly store: Store) {}

  async increment(key: string): Promise<number> {
    await this.lock.withLock(async () => {
      await this.changed.waitFor(() => !this.busy.has(key));
      this.busy.add(key);
    });
    try {
      const value = (await this.store.get(key)) + 1;
      await this.store.set(key, value);
      return value;
    } finally {
      await this.lock.withLock(() => {
        this.busy.delete(key);
        this.changed.notifyAll();
      });
    }
  }
}
