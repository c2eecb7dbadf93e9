// expect: violation
// Bug: a consumer waits for the event once (`if`, not `while`) and takes whatever is there when it wakes.
// set() wakes every waiting consumer; the first one takes the item, and the others find the queue empty and
// return undefined, "no more items", although the queue is still open.
// Schedule: 1 producer, 2 items, 2 consumers: both consumers wait, the first put wakes both, consumer 1
// takes the item, consumer 2 gets undefined.
import { Event } from '@kit';

export class QueueClosedError extends Error {
  override name = 'QueueClosedError';
}

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
    if (this.items.length === 0 && !this.closed) {
      this.changed.clear();
      await this.changed.wait();
    }
    return this.items.shift();
  }

  close(): void {
    this.closed = true;
    this.changed.set();
  }
}
