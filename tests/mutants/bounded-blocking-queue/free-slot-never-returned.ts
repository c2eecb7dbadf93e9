// expect: deadlock
// Bug: dequeue() forgets to give the slot back (no freeSlots.release()). After `capacity` enqueues every
// producer waits forever for room, although the queue is empty: a deadlock whenever more elements than the
// capacity go through the queue.
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
    return this.items.shift() as number;
  }

  size(): number {
    return this.items.length;
  }
}
