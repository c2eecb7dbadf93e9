// expect: violation
// Bug: one lock for the whole counter. Never a lost update, but increments of different keys wait for each
// other: with four keys incremented at once, the last one waits for the other three and takes four times as
// long as it needs. Caught by the overlap check: in "two tasks, one increment each of "a" and "b"", the task
// that gets the lock second takes 2 x (get + set), where one lock per key lets it finish in get + set.
import { Lock } from '@kit';

export interface Store {
  get(key: string): Promise<number>;
  set(key: string, value: number): Promise<void>;
}

export class Counter {
  private readonly lock = new Lock('counter');

  constructor(private readonly store: Store) {}

  async increment(key: string): Promise<number> {
    await this.lock.acquire();
    try {
      const value = (await this.store.get(key)) + 1;
      await this.store.set(key, value);
      return value;
    } finally {
      this.lock.release();
    }
  }
}
