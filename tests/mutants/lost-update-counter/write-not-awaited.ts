// expect: violation
// Bug: the set is started but not awaited ("it will land eventually"), so the lock is released and the
// increment resolves while the write is still on its way. The next increment of the key reads the old
// value, and the two writes land with the same number. Also, increment("a") resolves to 1 while the store
// still holds 0. Two tasks incrementing "a" once each show both.
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
      void this.store.set(key, value);
      return value;
    } finally {
      lock.release();
    }
  }
}
