// expect: violation
// Bug: a failed store call is caught and the increment "succeeds" anyway, resolving to the value it meant
// to write, although nothing was written. The caller is told the key went up when it did not. In "two tasks
// increment "a" twice each, the first set of "a" fails", the failed increment resolves to 1 while the store
// holds 0.
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
    let value = 0;
    try {
      value = (await this.store.get(key)) + 1;
      await this.store.set(key, value);
    } catch {
      // the store is flaky; carry on
    } finally {
      lock.release();
    }
    return value;
  }
}
