// expect: violation
// Bug: size() reads a counter that enqueue() bumps on entry, before it waits for room. While a producer waits
// on a full queue, size() reports capacity + 1. Correct in every other respect; shows when a producer blocks
// (for instance when the consumers start late) and someone calls size().
import { Semaphore } from '@kit';

export class BoundedBlockingQueue {
  private readonly items: number[] = [];
  private readonly freeSlots: Semaphore;
  private readonly filledSlots = new Semaphore(0);
  private count = 0;

  constructor(capacity: number) {
    this.freeSlots = new Semaphore(capacity);
  }

  async enqueue(element: number): Promise<void> {
    this.count += 1;
    await this.freeSlots.acquire();
    this.items.push(element);
    this.filledSlots.release();
  }

  async dequeue(): Promise<number> {
    await this.filledSlots.acquire();
    const element = this.items.shift() as number;
    this.count -= 1;
    this.freeSlots.release();
    return element;
  }

  size(): number {
    return this.count;
  }
}
