// expect: violation
// Bug: dequeue() waits for an element through async-mutex's `withTimeout(..., 3000)` and, when the wait
// times out, assumes the producers are done and returns whatever the front of the queue holds. A producer may
// simply be slower than 3 s: the consumer then returns undefined, an element that was never enqueued.
import { E_TIMEOUT, Semaphore, withTimeout } from 'async-mutex';

export class BoundedBlockingQueue {
  private readonly items: number[] = [];
  private readonly freeSlots: Semaphore;
  private readonly filledSlots = withTimeout(new Semaphore(0), 3000);

  constructor(private readonly capacity: number) {
    this.freeSlots = new Semaphore(capacity);
  }

  async enqueue(element: number): Promise<void> {
    await this.freeSlots.acquire();
    this.items.push(element);
    this.filledSlots.release();
  }

  async dequeue(): Promise<number> {
    try {
      await this.filledSlots.acquire();
    } catch (error) {
      if (error !== E_TIMEOUT) throw error;
      // nothing came for 3 s: do not block forever
    }
    const element = this.items.shift() as number;
    this.freeSlots.release();
    return element;
  }

  size(): number {
    return this.items.length;
  }
}
