// expect: violation
// Bug: get() looks at the closed flag before it looks at the items: once close() is called, every consumer
// is told "no more items", and whatever was still inside is dropped. Shutting down this way loses the work
// that producers already handed over.
// Schedule: 1 producer, 1 item, 1 consumer: the producer puts 100 and finishes, close() comes before the
// consumer's first get(), which returns undefined with 100 still inside.
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
    for (;;) {
      if (this.closed) return undefined; // shutting down: stop at once
      const item = this.items.shift();
      if (item !== undefined) return item;
      this.changed.clear();
      await this.changed.wait();
    }
  }

  close(): void {
    this.closed = true;
    this.changed.set();
  }
}
