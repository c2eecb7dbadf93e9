// expect: violation
// Bug: put() never waits: only get() was thought to need blocking ("a queue only makes you wait when there is
// nothing in it"), so the capacity is never enforced and a fast producer piles up any number of items. The
// join bookkeeping is asyncio's and right. Capacity 1 and two items put before the worker gets one: the
// second put() returns into a full queue.
import { Event, Semaphore, UsageError } from '@kit';

export class TaskQueue<T> {
  private readonly items: T[] = [];
  private readonly filledSlots = new Semaphore(0);
  private unfinished = 0;
  private readonly allDone = new Event();

  constructor(readonly capacity: number) {
    this.allDone.set();
  }

  async put(item: T): Promise<void> {
    this.items.push(item);
    this.unfinished += 1;
    this.allDone.clear();
    this.filledSlots.release();
  }

  async get(): Promise<T> {
    await this.filledSlots.acquire();
    return this.items.shift() as T;
  }

  taskDone(): void {
    if (this.unfinished === 0) throw new UsageError('taskDone() called too many times');
    this.unfinished -= 1;
    if (this.unfinished === 0) this.allDone.set();
  }

  async join(): Promise<void> {
    await this.allDone.wait();
  }
}
