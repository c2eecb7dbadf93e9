// expect: violation
// Bug: no lock at all. An increment reads the key, and while its get and set take their time another
// increment of the same key reads the same value; both write value + 1 and one increment is lost. Two tasks
// incrementing "a" once each are enough: both read 0, the second set(1) replaces the first.
export interface Store {
  get(key: string): Promise<number>;
  set(key: string, value: number): Promise<void>;
}

export class Counter {
  constructor(private readonly store: Store) {}

  async increment(key: string): Promise<number> {
    const value = (await this.store.get(key)) + 1;
    await this.store.set(key, value);
    return value;
  }
}
