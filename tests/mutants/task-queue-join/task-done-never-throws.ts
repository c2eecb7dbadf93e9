// expect: violation
// Bug: taskDone() never checks the count: called once too often it takes the count below zero and returns as
// if all were well. Python raises ValueError there, and so must this queue: the extra call is a bug in the
// caller, and staying silent only moves the damage (with the count at -1, the next put() brings it to 0 and
// a join() returns while that item is unfinished). The coordinator's probe on a fresh queue shows it.
import { Event, Semaphore } from '@kit';

export class TaskQueue<T> {
  private readonly items: T[] = [];
  private readonly freeSlots: Semaphore;
  private readonly filledSlots = new Semaphore(0);
  private unfinished = 0;
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
    this.freeSlots.release();
    return item;
  }

  taskDone(): void {
    this.unfinished -= 1;
    if (this.unfinished <= 0) this.allDone.set();
  }

  async join(): Promise<void> {
    await this.allDone.wait();
  }
}
