// Idiom: the counting-semaphore solution written with async-mutex: free slots and filled slots. The permits
// are handed over by the semaphores themselves (FIFO, no barging), and the array is touched only in the
// synchronous step right after a permit was granted.
import { Semaphore } from 'async-mutex';

export class BoundedBlockingQueue {
  private readonly items: number[] = [];
  private readonly freeSlots: Semaphore;
  private readonly filledSlots = new Semaphore(0);

  constructor(private readonly capacity: number) {
    this.freeSlots = new Semaphore(capacity);
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
