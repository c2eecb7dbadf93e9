import { Event, Semaphore, UsageError } from '@kit';

/**
 * asyncio's own design. Two semaphores split the capacity into free and filled slots (put takes a free slot
 * and gives a filled one, get the opposite), a plain counter holds the unfinished items, and an Event is set
 * exactly while that counter is 0: put clears it, the taskDone that brings the counter to 0 sets it, and
 * join() just waits for it. An Event wakes every waiter and lets later waits pass at once, so any number of
 * joiners is fine, and join() on an idle queue returns at once.
 *
 * Invariant: unfinished = items put - taskDone calls, never negative; allDone.isSet() === (unfinished === 0).
 */
export class TaskQueue<T> {
  private readonly items: T[] = [];
  private readonly freeSlots: Semaphore;
  private readonly filledSlots = new Semaphore(0, 'filledSlots');
  private unfinished = 0;
  private readonly allDone = new Event('allDone');

  constructor(capacity: number) {
    this.freeSlots = new Semaphore(capacity, 'freeSlots');
    this.allDone.set(); // nothing is unfinished yet
  }

  async put(item: T): Promise<void> {
    await this.freeSlots.acquire();
    this.items.push(item);
    this.unfinished += 1;
    this.allDone.clear();
    this.filledSlots.release();
  }

  async get(): Promise<T> {
    await this.filledSlots.acquire();
    const item = this.items.shift() as T;
    this.freeSlots.release();
    return item;
  }

  taskDone(): void {
    if (this.unfinished === 0) throw new UsageError('taskDone() called more times than there were items');
    this.unfinished -= 1;
    if (this.unfinished === 0) this.allDone.set();
  }

  async join(): Promise<void> {
    await this.allDone.wait();
  }
}
