// expect: violation
// Bug: join() waits until the queue is empty, as if "nothing left to get" meant "nothing left to do": it
// counts gets, not taskDone calls. The last item leaves the queue the moment a worker gets it, and join()
// returns while that worker is still working on it. Shows as soon as a worker spends time between get() and
// taskDone() while someone joins: capacity 1, one item worked on for 5 ms.
import { Event, Semaphore, UsageError } from '@kit';

export class TaskQueue<T> {
  private readonly items: T[] = [];
  private readonly freeSlots: Semaphore;
  private readonly filledSlots = new Semaphore(0);
  private unfinished = 0;
  private readonly empty = new Event();

  constructor(capacity: number) {
    this.freeSlots = new Semaphore(capacity);
    this.empty.set();
  }

  async put(item: T): Promise<void> {
    await this.freeSlots.acquire();
    this.items.push(item);
    this.unfinished += 1;
    this.empty.clear();
    this.filledSlots.release();
  }

  async get(): Promise<T> {
    await this.filledSlots.acquire();
    const item = this.items.shift() as T;
    if (this.items.length === 0) this.empty.set();
    this.freeSlots.release();
    return item;
  }

  taskDone(): void {
    if (this.unfinished === 0) throw new UsageError('taskDone() called too many times');
    this.unfinished -= 1;
  }

  async join(): Promise<void> {
    await this.empty.wait();
  }
}
