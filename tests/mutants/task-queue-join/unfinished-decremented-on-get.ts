// expect: violation
// Bug: the unfinished count goes down in get() ("the item has left the queue") instead of in taskDone(), and
// taskDone() only checks that it matches an earlier get. The counter and the Event are otherwise asyncio's,
// so every count is consistent, but the count reaches 0 when the last item is handed out, not when it is
// finished: join() returns while a worker is still working on it. Capacity 1, one item worked on for 5 ms,
// the coordinator joining, shows it in every schedule.
import { Event, Semaphore, UsageError } from '@kit';

export class TaskQueue<T> {
  private readonly items: T[] = [];
  private readonly freeSlots: Semaphore;
  private readonly filledSlots = new Semaphore(0);
  private unfinished = 0;
  private handedOut = 0;
  private readonly allDone = new Event();

  constructor(capacity: number) {
    this.freeSlots = new Semaphore(capacity);
    this.allDone.set();
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
    this.handedOut += 1;
    this.unfinished -= 1;
    if (this.unfinished === 0) this.allDone.set();
    this.freeSlots.release();
    return item;
  }

  taskDone(): void {
    if (this.handedOut === 0) throw new UsageError('taskDone() called too many times');
    this.handedOut -= 1;
  }

  async join(): Promise<void> {
    await this.allDone.wait();
  }
}
