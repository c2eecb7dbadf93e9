// expect: violation
// Bug: put() never looks at the closed flag. An item put after close() is accepted silently: the producer
// believes it was handed over, but consumers may already have been told there is nothing more, so it can be
// lost without anyone noticing.
// Schedule: a producer puts after close(): put() returns instead of throwing.
import { Semaphore } from '@kit';

export class QueueClosedError extends Error {
  override name = 'QueueClosedError';
}

export class ClosableQueue {
  private readonly items: number[] = [];
  private readonly available = new Semaphore(0, 'available');

  put(item: number): void {
    this.items.push(item);
    this.available.release();
  }

  async get(): Promise<number | undefined> {
    await this.available.acquire();
    if (this.items.length === 0) {
      this.available.release();
      return undefined;
    }
    return this.items.shift();
  }

  close(): void {
    this.available.release();
  }
}
