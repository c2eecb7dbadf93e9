// expect: violation
// Bug: taskDone() returns a promise "so that callers can await it", and reports the extra call by returning
// Promise.reject(...) instead of throwing. The contract's taskDone() is synchronous: the caller's try/catch
// around it catches nothing, and the rejection nobody awaits is an unhandled rejection. The coordinator's
// probe on a fresh queue shows it: taskDone() returns a promise instead of throwing.
import { Event, Semaphore, UsageError } from '@kit';

export class TaskQueue<T> {
  private readonly items: T[] = [];
  private readonly freeSlots: Semaphore;
  private readonly filledSlots = new Semaphore(0, 'filledSlots');
  private unfinished = 0;
  private readonly allDone = new Event('allDone');

  constructor(capacity: number) {
    this.freeSlots = new Semaphore(capacity, 'freeSlots');
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

  taskDone(): Promise<void> {
    if (this.unfinished === 0) return Promise.reject(new UsageError('taskDone() called more times than there were items'));
    this.unfinished -= 1;
    if (this.unfinished === 0) this.allDone.set();
    return Promise.resolve();
  }

  async join(): Promise<void> {
    await this.allDone.wait();
  }
}
