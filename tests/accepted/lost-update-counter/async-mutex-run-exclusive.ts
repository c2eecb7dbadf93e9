// Idiom: one async-mutex Mutex per key, made on first use in the same synchronous step as the lookup;
// runExclusive releases it however the store call ends.
import { Mutex } from 'async-mutex';

export interface Store {
  get(key: string): Promise<number>;
  set(key: string, value: number): Promise<void>;
}

export class Counter {
  private readonly mutexes = new Map<string, Mutex>();

  constructor(private readonly store: Store) {}

  increment(key: string): Promise<number> {
    let mutex = this.mutexes.get(key);
    if (mutex === undefined) {
      mutex = new Mutex();
      this.mutexes.set(key, mutex);
    }
    return mutex.runExclusive(async () => {
      const value = (await this.store.get(key)) + 1;
      await this.store.set(key, value);
      return value;
    });
  }
}
