// expect: violation
// Bug: the per-key lock is created after an await. The first increment of a key finds no lock, and before
// making one it waits for the store (to make sure the key exists); a second increment of the same key
// arrives meanwhile, also finds no lock, and also waits. Each then creates its own Lock and stores it in
// the map (the second replaces the first), so each holds a different lock for the same key: both read 0,
// both write 1. Two tasks incrementing "a" once each are enough.
import { Lock } from '@kit';

export interface Store {
  get(key: string): Promise<number>;
  set(key: string, value: number): Promise<void>;
}

export class Counter {
  private readonly locks = new Map<string, Lock>();

  constructor(private readonly store: Store) {}

  private async lockFor(key: string): Promise<Lock> {
    const existing = this.locks.get(key);
    if (existing !== undefined) return existing;
    await this.store.get(key); // a first look at the key before it gets a lock
    const lock = new Lock(`lock ${key}`);
    this.locks.set(key, lock);
    return lock;
  }

  async increment(key: string): Promise<number> {
    const lock = await this.lockFor(key);
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
