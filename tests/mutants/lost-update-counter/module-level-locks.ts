// expect: violation
// Bug: the lock map lives at module level, shared by every Counter. Each counter has its own store, so a key
// of one counter has nothing to do with the same key of another, yet they now wait for each other: two
// counters incrementing "a" at once run one after the other. Caught by the overlap check on "two counters at
// once, each on its own store".
import { Lock } from '@kit';

export interface Store {
  get(key: string): Promise<number>;
  set(key: string, value: number): Promise<void>;
}

const locks = new Map<string, Lock>();

export class Counter {
  constructor(private readonly store: Store) {}

  async increment(key: string): Promise<number> {
    let lock = locks.get(key);
    if (lock === undefined) {
      lock = new Lock(`lock ${key}`);
      locks.set(key, lock);
    }
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
