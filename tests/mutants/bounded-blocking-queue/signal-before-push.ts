// expect: violation
// Bug: announces the element (filledSlots.release()) before it is in the array, and only then awaits room
// for it. The `await` between the announcement and the push lets a consumer take the announcement and shift
// from an empty array: it returns undefined, and the element arrives later with nobody counted to take it.
// (Announcing first and pushing in the same synchronous step would be harmless in JavaScript: no task can
// run in between. The bug needs an await between the two, as here.)
import { Semaphore } from '@kit';

export class BoundedBlockingQueue {
  private readonly items: number[] = [];
  private readonly freeSlots: Semaphore;
  private readonly filledSlots = new Semaphore(0);

  constructor(capacity: number) {
    this.freeSlots = new Semaphore(capacity);
  }

  async enqueue(element: number): Promise<void> {
    this.filledSlots.release();
    await this.freeSlots.acquire();
    this.items.push(element);
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
