import { Condition, Event, Lock, Semaphore, notImplemented } from '@kit';

/**
 * The shared store the counts live in (the stress test gives you one). Every call takes time, and a call may
 * fail: it then rejects and changes nothing.
 */
export interface Store {
  /** The key's value; 0 for a key that was never set. */
  get(key: string): Promise<number>;
  /** Replaces the key's value. */
  set(key: string, value: number): Promise<void>;
}

/**
 * Lost Update Counter: increment(key) adds 1 to the key's number in the store and resolves to the new value.
 * Increments of one key must never lose each other; increments of different keys must run side by side.
 * If a store call fails, increment rejects with that error and the key keeps its value.
 * Replace each `notImplemented(...)` line; keep the class name and method signatures.
 * Check your work with: npm run kata -- lost-update-counter
 */
export class Counter {
  constructor(readonly store: Store) {}

  async increment(key: string): Promise<number> {
    return notImplemented('Counter.increment');
  }
}
