import { Condition, Lock } from '@kit';

/**
 * A monitor: one lock guards the array, and two conditions on that lock let producers wait for room
 * ("notFull") and consumers wait for an element ("notEmpty"). Every wait re-checks its predicate after
 * waking (`waitFor`), because by the time a woken task holds the lock again another may have got there first.
 *
 * Invariant: 0 <= items.length <= capacity whenever the lock is free. Each change wakes one task of the
 * other kind, the only kind whose predicate the change can have made true.
 */
export class BoundedBlockingQueue {
  private readonly items: number[] = [];
  private readonly lock = new Lock('queue');
  private readonly notFull = new Condition(this.lock, 'notFull');
  private readonly notEmpty = new Condition(this.lock, 'notEmpty');

  constructor(private readonly capacity: number) {}

  async enqueue(element: number): Promise<void> {
    await this.lock.acquire();
    try {
      await this.notFull.waitFor(() => this.items.length < this.capacity);
      this.items.push(element);
      this.notEmpty.notify();
    } finally {
      this.lock.release();
    }
  }

  async dequeue(): Promise<number> {
    await this.lock.acquire();
    try {
      await this.notEmpty.waitFor(() => this.items.length > 0);
      const element = this.items.shift() as number;
      this.notFull.notify();
      return element;
    } finally {
      this.lock.release();
    }
  }

  size(): number {
    return this.items.length;
  }
}
