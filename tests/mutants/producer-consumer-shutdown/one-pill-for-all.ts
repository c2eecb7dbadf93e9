// expect: deadlock
// Bug: close() puts one "poison pill" (one extra permit) in the queue, and the consumer that takes it
// returns undefined without passing it on. That stops one consumer; every other one keeps waiting.
// Schedule: 1 producer, 2 items, 2 consumers: each consumer takes one item and waits again; close()
// releases one permit, one consumer takes it and returns, the other waits forever.
import { Semaphore } from '@kit';

export class QueueClosedError extends Error {
  override name = 'QueueClosedError';
}

export class ClosableQueue {
  private readonly items: number[] = [];
  private readonly available = new Semaphore(0, 'available');
  private closed = false;

  put(item: number): void {
    if (this.closed) throw new QueueClosedError(`put(${item}) after close()`);
    this.items.push(item);
    this.available.release();
  }

  async get(): Promise<number | undefined> {
    await this.available.acquire();
    return this.items.shift(); // the pill: undefined, and the permit is gone
  }

  close(): void {
    this.closed = true;
    this.available.release(); // one pill
  }
}
