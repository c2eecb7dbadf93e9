// expect: deadlock
// Bug: join() clears the "all done" Event before waiting on it, to be sure it waits for the work to finish
// rather than for an old signal. But a set Event is not old news: it means nothing is unfinished right now.
// On an idle queue join() waits for a taskDone() that will never come: a join() on a fresh queue (or after
// all the work is done) waits forever. While work is under way the clear is harmless, so only a join on an
// idle queue shows it.
import { Event, Semaphore, UsageError } from '@kit';

export class TaskQueue<T> {
  private readonly items: T[] = [];
  private readonly freeSlots: Semaphore;
  private readonly filledSlots = new Semaphore(0);
  private unfinished = 0;
  private readonly allDone = new Event();

  constructor(capacity: number) {
    this.freeSlots = new Semaphore(capacity);
  }

  async put(item: T): Promise<void> {
    await this.freeSlots.acquire();
    this.items.push(item);
    this.unfinished += 1;
    this.filledSlots.release();
  }

  async get(): Promise<T> {
    await this.filledSlots.acquire();
    const item = this.items.shift() as T;
    this.freeSlots.release();
    return item;
  }

  taskDone(): void {
    if (this.unfinished === 0) throw new UsageError('taskDone() called too many times');
    this.unfinished -= 1;
    if (this.unfinished === 0) this.allDone.set();
  }

  async join(): Promise<void> {
    this.allDone.clear();
    await this.allDone.wait();
  }
}
