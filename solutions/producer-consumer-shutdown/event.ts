import { Event } from '@kit';

export class QueueClosedError extends Error {
  override name = 'QueueClosedError';
}

/**
 * An Event that means "something changed" (an item arrived, or the queue closed). A consumer re-checks its
 * predicate in a loop: items, or closed. If neither, it clears the event and waits, both in one synchronous
 * step with the check, so a set() after the check always reaches it. set() wakes every waiter; each one
 * re-checks, and those that lost the race to another consumer simply wait again.
 *
 * A consumer returns undefined only when the queue is closed and empty, which can never change again.
 */
export class ClosableQueue {
  private readonly items: number[] = [];
  private readonly changed = new Event('item or close');
  private closed = false;

  put(item: number): void {
    if (this.closed) throw new QueueClosedError(`put(${item}) after close()`);
    this.items.push(item);
    this.changed.set();
  }

  async get(): Promise<number | undefined> {
    while (this.items.length === 0 && !this.closed) {
      this.changed.clear();
      await this.changed.wait();
    }
    return this.items.shift(); // undefined only when closed and empty
  }

  close(): void {
    this.closed = true;
    this.changed.set();
  }
}
