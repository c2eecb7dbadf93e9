import { Lock, Semaphore } from '@kit';

// Bug: announces the element (filledSlots.release()) before putting it into the array, and the push then
// waits for a mutex. A consumer woken by the announcement can take the mutex first and shift from an empty
// array: it returns undefined, and the element arrives later with nobody counted to take it.
export class BoundedBlockingQueue {
  private readonly items: number[] = [];
  private readonly mutex = new Lock();
  private readonly freeSlots: Semaphore;
  private readonly filledSlots = new Semaphore(0);

  constructor(capacity: number) {
    this.freeSlots = new Semaphore(capacity);
  }

  async enqueue(element: number): Promise<void> {
    await this.freeSlots.acquire();
    this.filledSlots.release();
    await this.mutex.acquire();
    this.items.push(element);
    this.mutex.release();
  }

  async dequeue(): Promise<number> {
    await this.filledSlots.acquire();
    await this.mutex.acquire();
    const element = this.items.shift() as number;
    this.mutex.release();
    this.freeSlots.release();
    return element;
  }

  size(): number {
    return this.items.length;
  }
}
