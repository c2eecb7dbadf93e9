// Idiom: per-key locks cached through WeakRefs, so keys nobody uses any more cost nothing. A lock stays
// reachable while an increment holds or awaits it; once collected, the next increment makes a new one. The
// FinalizationRegistry's cleanup may come late, after a new lock took the key: it deletes the entry only if
// the entry no longer reaches a live lock.
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
  private readonly forget = new FinalizationRegistry<string>((key) => {
    if (this.locks.get(key)?.deref() === undefined) this.locks.delete(key);
  });

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
