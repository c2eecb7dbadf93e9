// expect: violation
// Bug: the lock guards the read only. The increment takes its key's lock, reads, lets the lock go and then
// writes: a second increment of the key can take the lock and read while the first one's set is still on
// its way, both read 0, both write 1. Two tasks incrementing "a" once each show it: task 2 reads during
// task 1's set, and its set(1) replaces task 1's 1 (a lost update).
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
    let value: number;
    await lock.acquire();
    try {
      value = (await this.store.get(key)) + 1;
    } finally {
      lock.release();
    }
    await this.store.set(key, value);
    return value;
  }
}
