// expect: violation
// Bug: the array of elements is declared once, at the top of the module, instead of once per queue. Each
// queue has its own semaphores, so one queue alone behaves, and it is empty again whenever its work is done.
// But with two queues alive at once, a consumer of one queue can shift the element a producer put into the
// other: it returns an element its own queue never received.
import { Semaphore } from '@kit';

const items: number[] = [];

export class BoundedBlockingQueue {
  private readonly freeSlots: Semaphore;
  private readonly filledSlots = new Semaphore(0);

  constructor(capacity: number) {
    this.freeSlots = new Semaphore(capacity);
  }

  async enqueue(element: number): Promise<void> {
    await this.freeSlots.acquire();
    items.push(element);
    this.filledSlots.release();
  }

  async dequeue(): Promise<number> {
    await this.filledSlots.acquire();
    const element = items.shift() as number;
    this.freeSlots.release();
    return element;
  }

  size(): number {
    return items.length;
  }
}
