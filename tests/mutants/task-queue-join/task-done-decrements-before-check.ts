// expect: violation
// Bug: taskDone() decrements first and checks afterwards (`if (--this.unfinished < 0) throw`). It throws when
// it should, so the overcall looks handled, but the count stays at -1. The next put() brings it to 0 and
// sets "all done" while that item is still unfinished: the next join() returns before its worker calls
// taskDone(). Shows when a probe is followed by more work and a join: the coordinator probes a fresh queue,
// then puts one item and joins.
import { Event, Semaphore, UsageError } from '@kit';

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
    if (this.unfinished === 0) this.allDone.set();
    else this.allDone.clear();
    this.filledSlots.release();
  }

  async get(): Promise<T> {
    await this.filledSlots.acquire();
    const item = this.items.shift() as T;
    this.freeSlots.release();
    return item;
  }

  taskDone(): void {
    if (--this.unfinished < 0) throw new UsageError('taskDone() called too many times');
    if (this.unfinished === 0) this.allDone.set();
  }

  async join(): Promise<void> {
    await this.allDone.wait();
  }
}
