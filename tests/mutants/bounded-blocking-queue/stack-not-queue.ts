// expect: violation
// Bug: takes elements from the back of the array (pop) instead of the front (shift): last in, first out.
// Correct counts and blocking, but when a producer has put two elements before the consumer takes one, the
// newer comes out first.
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
    await this.filledSlots.acquire();
    const element = this.items.pop() as number;
    this.freeSlots.release();
    return element;
  }

  size(): number {
    return this.items.length;
  }
}
