// expect: deadlock
// Bug: no try/finally. When the store fails, the rejection leaves increment() between acquire and release,
// and the key's lock stays taken for good: every later increment of that key waits forever. In "two tasks
// increment "a" twice each, the first set of "a" fails", the task whose set failed goes on to its second
// increment and waits for the lock it never gave back, and so does the other task.
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
    const value = (await this.store.get(key)) + 1;
    await this.store.set(key, value);
    lock.release();
    return value;
  }
}
