// expect: crash
// Bug: the locks live in a plain object, `locks[key] ??= new Lock()`. Every object inherits properties:
// for the key "constructor" the lookup finds Object (a function, not undefined), so no lock is made and
// `.acquire()` throws a TypeError; "__proto__" finds Object.prototype, "toString" a function. Use a Map (or
// Object.create(null)). Caught by the case whose keys are "constructor", "__proto__", "toString", ...
import { Lock } from '@kit';

export interface Store {
  get(key: string): Promise<number>;
  set(key: string, value: number): Promise<void>;
}

export class Counter {
  private readonly locks: Record<string, Lock> = {};

  constructor(private readonly store: Store) {}

  async increment(key: string): Promise<number> {
    const lock = (this.locks[key] ??= new Lock(`lock ${key}`));
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
