import { Semaphore } from '@kit';

export class QueueClosedError extends Error {
  override name = 'QueueClosedError';
}

/**
 * One semaphore counts what a consumer may take: one permit per item inside, plus one more once the queue is
 * closed, the "no more items" permit. A consumer that gets a permit and finds the array empty holds that last
 * permit: it gives it back (so the next waiting consumer wakes and learns the same) and returns undefined.
 *
 * Invariant: available.value + (permits handed to woken consumers not yet used) = items.length + (closed ? 1 : 0).
 * Items are taken in the same synchronous step as the check (no await between `length` and `shift`), and
 * every get that finds the array empty can only do so after close, when no item can come any more.
 */
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
    if (this.items.length === 0) {
      this.available.release(); // the closing permit: pass it on to the next consumer
      return undefined;
    }
    return this.items.shift();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.available.release();
  }
}
