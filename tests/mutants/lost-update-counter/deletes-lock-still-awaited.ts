// expect: violation
// Bug: the lock is removed from the map when its holder is done, to keep the map small, although other
// increments are still queued on it. Task 1 holds "a"'s lock and task 2 waits on it; task 1 releases (the
// lock passes to task 2) and deletes it from the map; the next increment of "a" (task 1's second one, or a
// newcomer) finds no lock, makes a new one and takes it at once. Two increments now read, and write, the
// same value: a lost update. Needs a third increment of a key arriving while the second one waits.
import { Lock } from '@kit';

export interface Store {
  get(key: string): Promise<number>;
  set(key: string, value: number): Promise<void>;
}

export class Counter {
  private readonly locks = new Map<string, Lock>();

  constructor(private readonly store: Store) {}

  async increment(key: string): Promise<number> {
    let lock = this.locks.get(key);
    if (lock === undefined) {
      lock = new Lock(`lock ${key}`);
      this.locks.set(key, lock);
    }
    await lock.acquire();
    try {
      const value = (await this.store.get(key)) + 1;
      await this.store.set(key, value);
      return value;
    } finally {
      lock.release();
      this.locks.delete(key);
    }
  }
}
