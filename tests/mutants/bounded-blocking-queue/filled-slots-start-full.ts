// expect: violation
// Bug: the "filled slots" semaphore starts at `capacity` permits instead of 0, as if the queue started full.
// The first dequeue does not wait: a consumer that starts before any producer gets `undefined`.
import { Semaphore } from '@kit';

export class BoundedBlockingQueue {
  private readonly items: number[] = [];
  private readonly freeSlots: Semaphore;
  private readonly filledSlots: Semaphore;

  constructor(capacity: number) {
    this.freeSlots = new Semaphore(capacity);
    this.filledSlots = new Semaphore(capacity);
  }

  async enqueue(element: number): Promise<void> {
    await this.freeSlots.acquire();
    this.items.push(element);
    this.filledSlots.release();
  }

  async dequeue(): Promise<number> {
    await this.filledSlots.acquire();
    const element = this.items.shift() as number;
    this.freeSlots.release();
    return element;
  }

  size(): number {
    return this.items.length;
  }
}
