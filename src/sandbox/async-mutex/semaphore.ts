import type { SemaphoreInterface } from 'async-mutex';
import { defaultName } from '../../kit/names';
import { E_CANCELED } from './errors';
import { nameShimObject } from './names';
import { afterCallback, settledAtPoint } from './settle-at-point';

/**
 * async-mutex 0.5's Semaphore, ported line for line (node_modules/async-mutex/lib/Semaphore.js): the same
 * queue sorted by priority, the same head-first dispatch, the same per-weight unlock waiters and drain rules,
 * so every decision (who is handed the permits, when, with which value) is the library's. The one change: each
 * promise the library creates is made by `settledAtPoint`, which under the explorer parks the calling task
 * until the library settles it and the scheduler resumes it.
 */
type Ticket = [number, SemaphoreInterface.Releaser];

interface QueueEntry {
  resolve(ticket: Ticket): void;
  reject(error: unknown): void;
  weight: number;
  priority: number;
}

interface UnlockWaiter {
  resolve(): void;
  priority: number;
}

export class Semaphore implements SemaphoreInterface {
  /** Waiting acquires, highest priority first, FIFO within a priority. */
  private queue: QueueEntry[] = [];
  /** `weightedWaiters[w - 1]`: waitForUnlock(w) callers, highest priority first. */
  private readonly weightedWaiters: UnlockWaiter[][] = [];

  /** `name` is ours, not async-mutex's: it labels the semaphore in failure pictures. */
  constructor(
    private value: number,
    private readonly cancelError: Error = E_CANCELED,
    private readonly name = defaultName('Semaphore'),
  ) {
    nameShimObject(this, name);
  }

  acquire(weight = 1, priority = 0): Promise<Ticket> {
    if (weight <= 0) throw new Error(`invalid weight ${weight}: must be positive`);
    return settledAtPoint({ waits: `acquire ${this.describe(weight, priority)}`, passes: `took ${this.name}` }, (resolve, reject) => {
      const task: QueueEntry = { resolve, reject, weight, priority };
      const i = findIndexFromEnd(this.queue, (other) => priority <= other.priority);
      if (i === -1 && weight <= this.value) {
        // Needs immediate dispatch, skip the queue
        this.dispatchItem(task);
      } else {
        this.queue.splice(i + 1, 0, task);
      }
    });
  }

  async runExclusive<T>(callback: SemaphoreInterface.Worker<T>, weight = 1, priority = 0): Promise<T> {
    const [value, release] = await this.acquire(weight, priority);
    try {
      return await afterCallback(callback(value), `releases ${this.name}`);
    } finally {
      release();
    }
  }

  waitForUnlock(weight = 1, priority = 0): Promise<void> {
    if (weight <= 0) throw new Error(`invalid weight ${weight}: must be positive`);
    const labels = { waits: `waitForUnlock ${this.describe(weight, priority)}`, passes: `found ${this.name} unlocked` };
    if (this.couldLockImmediately(weight, priority)) return settledAtPoint(labels, (resolve) => resolve());
    return settledAtPoint(labels, (resolve) => {
      const waiters = (this.weightedWaiters[weight - 1] ??= []);
      insertSorted(waiters, { resolve, priority });
    });
  }

  isLocked(): boolean {
    return this.value <= 0;
  }

  getValue(): number {
    return this.value;
  }

  setValue(value: number): void {
    this.value = value;
    this.dispatchQueue();
  }

  release(weight = 1): void {
    if (weight <= 0) throw new Error(`invalid weight ${weight}: must be positive`);
    this.value += weight;
    this.dispatchQueue();
  }

  cancel(): void {
    this.queue.forEach((entry) => entry.reject(this.cancelError));
    this.queue = [];
  }

  private dispatchQueue(): void {
    this.drainUnlockWaiters();
    while (this.queue.length > 0 && (this.queue[0] as QueueEntry).weight <= this.value) {
      this.dispatchItem(this.queue.shift() as QueueEntry);
      this.drainUnlockWaiters();
    }
  }

  private dispatchItem(item: QueueEntry): void {
    const previousValue = this.value;
    this.value -= item.weight;
    item.resolve([previousValue, this.newReleaser(item.weight)]);
  }

  private newReleaser(weight: number): SemaphoreInterface.Releaser {
    let called = false;
    return () => {
      if (called) return;
      called = true;
      this.release(weight);
    };
  }

  /**
   * Resolves the waitForUnlock callers whose weight fits the value now: all of them when nobody queues to
   * acquire, else only those whose priority is above the head's.
   */
  private drainUnlockWaiters(): void {
    if (this.queue.length === 0) {
      for (let weight = this.value; weight > 0; weight--) {
        const waiters = this.weightedWaiters[weight - 1];
        if (!waiters) continue;
        waiters.forEach((waiter) => waiter.resolve());
        this.weightedWaiters[weight - 1] = [];
      }
    } else {
      const queuedPriority = (this.queue[0] as QueueEntry).priority;
      for (let weight = this.value; weight > 0; weight--) {
        const waiters = this.weightedWaiters[weight - 1];
        if (!waiters) continue;
        const i = waiters.findIndex((waiter) => waiter.priority <= queuedPriority);
        (i === -1 ? waiters : waiters.splice(0, i)).forEach((waiter) => waiter.resolve());
      }
    }
  }

  private couldLockImmediately(weight: number, priority: number): boolean {
    return (this.queue.length === 0 || (this.queue[0] as QueueEntry).priority < priority) && weight <= this.value;
  }

  /** "Semaphore#1", with the weight and priority when they are not the defaults, for deadlock reports. */
  private describe(weight: number, priority: number): string {
    const details = [weight === 1 ? '' : `weight ${weight}`, priority === 0 ? '' : `priority ${priority}`].filter((d) => d !== '');
    return details.length === 0 ? this.name : `${this.name} (${details.join(', ')})`;
  }
}

function insertSorted(a: UnlockWaiter[], v: UnlockWaiter): void {
  const i = findIndexFromEnd(a, (other) => v.priority <= other.priority);
  a.splice(i + 1, 0, v);
}

function findIndexFromEnd<T>(a: readonly T[], predicate: (item: T) => boolean): number {
  for (let i = a.length - 1; i >= 0; i--) {
    if (predicate(a[i] as T)) return i;
  }
  return -1;
}
