// Idiom: no lock objects at all, only a map of busy keys to kit Events. An increment waits while its key is
// busy, re-checking after every wake-up (every waiter of a key is woken, and the first to run claims it);
// the last check and the claim happen in one synchronous step. The holder removes its entry before setting
// its event, so the map holds only keys in use.
import { Event } from '@kit';

export interface Store {
  get(key: string): Promise<number>;
  set(key: string, value: number): Promise<void>;
}

export class Counter {
  private readonly busy = new Map<string, Event>();

  constructor(private readonly store: Store) {}

  async increment(key: string): Promise<number> {
    for (let holder = this.busy.get(key); holder !== undefined; holder = this.busy.get(key)) {
      await holder.wait();
    }
    const done = new Event(`${key} free`);
    this.busy.set(key, done);
    try {
      const value = (await this.store.get(key)) + 1;
      await this.store.set(key, value);
      return value;
    } finally {
      this.busy.delete(key);
      done.set();
    }
  }
}
