// expect: violation
// Bug: the items stay in an array and a `head` index says which is next, so nothing is ever shifted. The
// index is advanced under a lock, but the consumer reads `items[head]` before it takes the lock. Two
// consumers can read the same slot, then each advance the index: one item is handed out twice and the next
// one is skipped.
// Schedule: 1 producer, 2 items, 2 consumers: consumer 1 takes 100, reads slot 1 (101) and takes the lock;
// consumer 2 reads slot 1 too and waits for the lock; each advances the index once: 101 is handed out twice.
import { Event, Lock } from '@kit';

export class QueueClosedError extends Error {
  override name = 'QueueClosedError';
}

export class ClosableQueue {
  private readonly items: number[] = [];
  private head = 0;
  private readonly lock = new Lock('head');
  private readonly changed = new Event('item or close');
  private closed = false;

  put(item: number): void {
    if (this.closed) throw new QueueClosedError(`put(${item}) after close()`);
    this.items.push(item);
    this.changed.set();
  }

  async get(): Promise<number | undefined> {
    while (this.head === this.items.length && !this.closed) {
      this.changed.clear();
      await this.changed.wait();
    }
    if (this.head === this.items.length) return undefined;
    const item = this.items[this.head]; // read outside the lock
    await this.lock.acquire();
    this.head += 1;
    this.lock.release();
    return item;
  }

  close(): void {
    this.closed = true;
    this.changed.set();
  }
}
