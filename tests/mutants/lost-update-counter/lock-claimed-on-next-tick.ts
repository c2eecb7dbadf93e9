// expect: violation
// Bug: the per-key lock "avoids Zalgo" by granting a free lock asynchronously, marking it held inside
// process.nextTick; when two increments of a key run in the same microtask drain (e.g. both resume from an await
// at once), Node runs the nextTick only after that whole drain, so both see the lock free and both read-modify-
// write: a lost update.
export interface Store {
  get(key: string): Promise<number>;
  set(key: string, value: number): Promise<void>;
}

interface KeyLock {
  held: boolean;
  waiters: Array<() => void>;
}

export class Counter {
  private readonly locks = new Map<string, KeyLock>();

  constructor(readonly store: Store) {}

  private acquire(key: string): Promise<KeyLock> {
    let lock = this.locks.get(key);
    if (lock === undefined) this.locks.set(key, (lock = { held: false, waiters: [] }));
    const l = lock;
    if (!l.held) {
      // always resolve asynchronously, never synchronously (no Zalgo)
      return new Promise((resolve) => process.nextTick(() => { l.held = true; resolve(l); }));
    }
    return new Promise((resolve) => l.waiters.push(() => resolve(l))); // handed over, stays held
  }

  private release(lock: KeyLock): void {
    const next = lock.waiters.shift();
    if (next) next();
    else lock.held = false;
  }

  async increment(key: string): Promise<number> {
    const lock = await this.acquire(key);
    try {
      const value = (await this.store.get(key)) + 1;
      await this.store.set(key, value);
      return value;
    } finally {
      this.release(lock);
    }
  }
}
