import { Semaphore } from '@kit';

/**
 * Two counting semaphores split the capacity between "free slots" and "filled slots": an enqueue takes a
 * free slot (waiting while there is none) and gives a filled one, a dequeue does the opposite.
 *
 * Invariant: freeSlots.value + filledSlots.value + (tasks between acquire and release) = capacity, and the
 * array holds exactly the elements whose filled-slot permit was released and not yet taken. Pushing and
 * shifting are synchronous, so no other task can see the array half-updated: no extra lock is needed.
 */
export class BoundedBlockingQueue {
  private readonly items: number[] = [];
  private readonly freeSlots: Semaphore;
  private readonly filledSlots = new Semaphore(0, 'filledSlots');

  constructor(capacity: number) {
    this.freeSlots = new Semaphore(capacity, 'freeSlots');
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
