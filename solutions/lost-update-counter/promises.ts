/**
 * Plain promises: one chain per key. Each increment hangs its work on the end of its key's chain (in the same
 * synchronous step as it reads the chain's end), so the increments of a key run one after the other and those
 * of different keys in parallel. The chain's end swallows errors, so one failed increment does not fail the
 * next; the caller still gets its own rejection. The last increment of a key removes the chain, so the map
 * does not grow with every key ever seen.
 */
export interface Store {
  get(key: string): Promise<number>;
  set(key: string, value: number): Promise<void>;
}

export class Counter {
  private readonly tails = new Map<string, Promise<unknown>>();

  constructor(private readonly store: Store) {}

  increment(key: string): Promise<number> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const mine = previous.then(async () => {
      const value = (await this.store.get(key)) + 1;
      await this.store.set(key, value);
      return value;
    });
    const tail = mine.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return mine;
  }
}
