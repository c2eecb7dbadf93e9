// expect: violation
// Bug: put() and close() share one guard, "the queue must still be open", so a second close() throws
// QueueClosedError. The statement allows close() twice: the second call changes nothing.
// Schedule: the case "close() called twice": the closer closes the queue, and its second close() 2 ms later
// throws.
import { Event } from '@kit';

export class QueueClosedError extends Error {
  override name = 'QueueClosedError';
}

export class ClosableQueue {
  private readonly items: number[] = [];
  private readonly changed = new Event('item or close');
  private closed = false;

  put(item: number): void {
    this.mustBeOpen();
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
    this.mustBeOpen();
    this.closed = true;
    this.changed.set();
  }

  private mustBeOpen(): void {
    if (this.closed) throw new QueueClosedError('the queue is closed');
  }
}
