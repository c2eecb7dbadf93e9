// expect: violation
// Bug: a dequeue peeks at the semaphore's value to decide whether it must wait ("there is an element, so
// just take it") instead of acquiring a permit. The peek and the take are not one step for anyone else: two
// consumers can both see value 1, one acquires the permit, the other shifts without it from an empty array.
// Also, since the fast path never takes the permit, the count drifts and later dequeues return undefined.
import { Semaphore } from '@kit';

export class BoundedBlockingQueue {
  private readonly items: number[] = [];
  private readonly freeSlots: Semaphore;
  private readonly filledSlots = new Semaphore(0);

  constructor(capacity: number) {
    this.freeSlots = new Semaphore(capacity);
  }

  async enqueue(element: number): Promise<void> {
    await this.freeSlots.acquire();
    this.items.push(element);
    this.filledSlots.release();
  }

  async dequeue(): Promise<number> {
    if (this.filledSlots.value === 0) await this.filledSlots.acquire();
    const element = this.items.shift() as number;
    this.freeSlots.release();
    return element;
  }

  size(): number {
    return this.items.length;
  }
}
