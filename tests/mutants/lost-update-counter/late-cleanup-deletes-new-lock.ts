// expect: violation
// Bug: per-key locks are cached weakly, and a FinalizationRegistry deletes a key's entry once its lock is
// collected. Cleanup callbacks come late: after a collection, a new increment finds no live lock and caches
// a second one; the first lock's cleanup then deletes that entry, so the next increment makes a third lock
// while the second is held, and two increments of one key overlap (a lost update).
export interface Store {
  get(key: string): Promise<number>;
  set(key: string, value: number): Promise<void>;
}

class KeyLock {
  private held = false;
  private readonly queue: Array<() => void> = [];

  async acquire(): Promise<void> {
    if (!this.held) {
      this.held = true;
      return;
    }
    await new Promise<void>((resolve) => this.queue.push(resolve));
  }

  release(): void {
    const next = this.queue.shift();
    if (next !== undefined) next();
    else this.held = false;
  }
}

export class Counter {
  private readonly locks = new Map<string, WeakRef<KeyLock>>();
  private readonly forget = new FinalizationRegistry<string>((key) => this.locks.delete(key));

  constructor(private readonly store: Store) {}

  private lockOf(key: string): KeyLock {
    const cached = this.locks.get(key)?.deref();
    if (cached !== undefined) return cached;
    const lock = new KeyLock();
    this.locks.set(key, new WeakRef(lock));
    this.forget.register(lock, key);
    return lock;
  }

  async increment(key: string): Promise<number> {
    const lock = this.lockOf(key);
    await lock.acquire();
    try {
      const next = (await this.store.get(key)) + 1;
      await this.store.set(key, next);
      return next;
    } finally {
      lock.release();
    }
  }
}
