// expect: violation
// Bug: a consumer that finds the queue empty concludes the work is over and returns undefined at once, the
// shape of `while not q.empty(): q.get()`. The queue is only momentarily empty while a producer is still
// making its next item, and the consumers quit before it arrives.
// Schedule: 1 producer, 1 item, 1 consumer: the consumer asks before the producer has put anything.
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
    if (this.items.length === 0) return undefined; // nothing there: we are done
    await this.available.acquire();
    return this.items.shift();
  }

  close(): void {
    this.closed = true;
    this.available.release();
  }
}
