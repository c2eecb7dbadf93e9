// expect: violation
// Bug: a fixed pool of 32 locks, a key's lock picked by a string hash modulo 32, so that the counter never
// holds more than 32 locks however many keys it sees. No update is lost, but different keys whose hashes
// agree modulo 32 share a lock and wait for each other. The hash (31 * h + code) is linear in the last
// character, so "a", "A" and "!" (codes 97, 65, 33: 32 apart) land on one lock. Caught by the overlap check
// in "keys "a", "q", "A" and "!" at once": the third of them to get the lock takes three increments' time.
import { Lock } from '@kit';

export interface Store {
  get(key: string): Promise<number>;
  set(key: string, value: number): Promise<void>;
}

const STRIPES = 32;

function hash(key: string): number {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (31 * h + key.charCodeAt(i)) | 0;
  return h >>> 0;
}

export class Counter {
  private readonly locks = Array.from({ length: STRIPES }, (_, i) => new Lock(`stripe ${i}`));

  constructor(private readonly store: Store) {}

  async increment(key: string): Promise<number> {
    const lock = this.locks[hash(key) % STRIPES] as Lock;
    await lock.acquire();
    try {
      const value = (await this.store.get(key)) + 1;
      await this.store.set(key, value);
      return value;
    } finally {
      lock.release();
    }
  }
}
