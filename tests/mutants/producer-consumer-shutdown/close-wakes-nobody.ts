// expect: deadlock
// Bug: close() only sets a flag. Consumers already waiting on the empty queue sleep on the semaphore, which
// nobody will ever release again: they never see the flag, and never return.
// Schedule: 1 producer, 1 item, 1 consumer: the consumer takes 100 and waits for the next item; the
// producer is done, close() comes, and nobody wakes the consumer.
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
    if (this.closed && this.items.length === 0) return undefined;
    await this.available.acquire();
    return this.items.shift();
  }

  close(): void {
    this.closed = true; // consumers already waiting are not told
  }
}
