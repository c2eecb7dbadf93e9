// expect: violation
// Bug: the value read is forced to a whole number with `>>> 0` ("a key never set might come back odd"),
// which keeps only 32 bits. A count of 4294967296 (2^32) reads back as 0, so the next increment writes 1 over
// it: the count is destroyed, although the per-key promise chain is right. Caught in "counts past 2^31 and
// 2^32", where "b" starts at 4294967295: its second increment writes 1 over 4294967296.
export interface Store {
  get(key: string): Promise<number>;
  set(key: string, value: number): Promise<void>;
}

export class Counter {
  private readonly chains = new Map<string, Promise<void>>();

  constructor(private readonly store: Store) {}

  increment(key: string): Promise<number> {
    const before = this.chains.get(key) ?? Promise.resolve();
    const result = before.then(async () => {
      const current = (await this.store.get(key)) >>> 0;
      const next = current + 1;
      await this.store.set(key, next);
      return next;
    });
    const end = result.then(
      () => undefined,
      () => undefined,
    );
    this.chains.set(key, end);
    void end.then(() => {
      if (this.chains.get(key) === end) this.chains.delete(key);
    });
    return result;
  }
}
