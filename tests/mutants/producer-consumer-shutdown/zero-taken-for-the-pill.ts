// expect: violation
// Bug: close() puts a poison pill (null) at the back of the array with one more permit, and a consumer that
// finds the pill at the front leaves it there, passes its permit on and returns undefined. But it spots the
// pill with `!item`, which is also true of the item 0: a consumer that reaches a 0 takes it for the pill.
// Schedule: the case whose items are 0, -1 and 2.5: producer 1 puts 0 first, a consumer acquires its permit,
// sees a falsy front and returns undefined while the queue is still open (and 0 is never handed out).
import { Semaphore } from '@kit';

export class QueueClosedError extends Error {
  override name = 'QueueClosedError';
}

export class ClosableQueue {
  /** Items in order, and after close() the pill (null) behind the last of them. */
  private readonly items: Array<number | null> = [];
  private readonly available = new Semaphore(0, 'available');
  private closed = false;

  put(item: number): void {
    if (this.closed) throw new QueueClosedError(`put(${item}) after close()`);
    this.items.push(item);
    this.available.release();
  }

  async get(): Promise<number | undefined> {
    await this.available.acquire();
    const front = this.items[0];
    if (!front) {
      this.available.release(); // the pill stays at the front: the next consumer sees it too
      return undefined;
    }
    this.items.shift();
    return front;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.items.push(null);
    this.available.release();
  }
}
