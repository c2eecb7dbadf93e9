// expect: violation
// Bug: the promise-chain lock with its bookkeeping after an await. An increment waits for the current end
// of its key's chain and only then puts itself at the end. Two increments that arrive while the chain is
// idle both wait for the same (resolved) end, both go ahead, both read 0 and write 1. The check "who is
// last?" and the act "now I am last" must happen in one synchronous step.
export interface Store {
  get(key: string): Promise<number>;
  set(key: string, value: number): Promise<void>;
}

export class Counter {
  private readonly tails = new Map<string, Promise<unknown>>();

  constructor(private readonly store: Store) {}

  async increment(key: string): Promise<number> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    await previous;
    let done = (): void => undefined;
    this.tails.set(key, new Promise<void>((resolve) => (done = resolve)));
    try {
      const value = (await this.store.get(key)) + 1;
      await this.store.set(key, value);
      return value;
    } finally {
      done();
    }
  }
}
