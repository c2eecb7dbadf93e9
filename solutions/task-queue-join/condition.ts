import { Condition, Lock, UsageError } from '@kit';

/**
 * Python's queue.Queue: one lock and three conditions on it, notFull for put, notEmpty for get and allDone for
 * join, each waited on with a re-checked predicate. One twist: taskDone() is synchronous, and a kit Condition
 * can only be notified by a task holding its lock, which a synchronous method cannot wait for. So taskDone
 * does the bookkeeping at once (the check, the decrement) and, when it brings the count to 0, starts a small
 * detached flow that takes the lock and notifies every joiner. Joiners re-check `unfinished === 0`, so a
 * joiner woken after a new put went in simply waits again, as in Python.
 *
 * Invariant: 0 <= items.length <= capacity and unfinished >= items.length whenever the lock is free.
 */
export class TaskQueue<T> {
  private readonly items: T[] = [];
  private unfinished = 0;
  private readonly lock = new Lock('queue');
  private readonly notFull = new Condition(this.lock, 'notFull');
  private readonly notEmpty = new Condition(this.lock, 'notEmpty');
  private readonly allDone = new Condition(this.lock, 'allDone');

  constructor(private readonly capacity: number) {}

  async put(item: T): Promise<void> {
    await this.lock.acquire();
    try {
      await this.notFull.waitFor(() => this.items.length < this.capacity);
      this.items.push(item);
      this.unfinished += 1;
      this.notEmpty.notify();
    } finally {
      this.lock.release();
    }
  }

  async get(): Promise<T> {
    await this.lock.acquire();
    try {
      await this.notEmpty.waitFor(() => this.items.length > 0);
      const item = this.items.shift() as T;
      this.notFull.notify();
      return item;
    } finally {
      this.lock.release();
    }
  }

  taskDone(): void {
    if (this.unfinished === 0) throw new UsageError('taskDone() called more times than there were items');
    this.unfinished -= 1;
    if (this.unfinished === 0) void this.announceAllDone();
  }

  private async announceAllDone(): Promise<void> {
    await this.lock.acquire();
    try {
      this.allDone.notifyAll();
    } finally {
      this.lock.release();
    }
  }

  async join(): Promise<void> {
    await this.lock.acquire();
    try {
      await this.allDone.waitFor(() => this.unfinished === 0);
    } finally {
      this.lock.release();
    }
  }
}
