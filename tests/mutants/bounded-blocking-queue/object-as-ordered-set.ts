// expect: violation
// Bug: keeps the elements as the keys of a plain object (they are distinct numbers, and `delete` is cheaper
// than `Array.shift`), taking the first key as the oldest. But integer-like keys enumerate in ascending
// numeric order, not insertion order: after enqueue(200) then enqueue(100), dequeue() returns 100 first.
// Each producer's own elements may still come out in order when it puts them in ascending order.
import { Semaphore } from 'async-mutex';

export class BoundedBlockingQueue {
  private readonly items: Record<number, true> = {};
  private count = 0;
  private readonly freeSlots: Semaphore;
  private readonly filledSlots = new Semaphore(0);

  constructor(private readonly capacity: number) {
    this.freeSlots = new Semaphore(capacity);
  }

  async enqueue(element: number): Promise<void> {
    await this.freeSlots.acquire();
    this.items[element] = true;
    this.count += 1;
    this.filledSlots.release();
  }

  async dequeue(): Promise<number> {
    await this.filledSlots.acquire();
    const oldest = Number(Object.keys(this.items)[0]);
    Reflect.deleteProperty(this.items, oldest);
    this.count -= 1;
    this.freeSlots.release();
    return oldest;
  }

  size(): number {
    return this.count;
  }
}
