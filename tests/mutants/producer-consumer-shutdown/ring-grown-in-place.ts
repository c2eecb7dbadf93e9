// expect: violation
// Bug: the items live in a circular buffer of 16 slots that doubles when full, by setting the array's length.
// That keeps every slot at its index, which is right only while the items have not wrapped around: once the
// oldest is at slot 1 and the newest at slot 0, growing leaves slot 16 empty between them, and the next
// get() reads that hole, while the items that had wrapped to slot 0 are never read.
// Schedule: the case with 20 items: the consumer takes 100 (the head moves to slot 1), then rests while the
// other 19 are put; the 17th of them grows the buffer. close() comes, and after 101..115 the consumer's get()
// returns undefined (the hole) with 116..119 still inside.
import { Semaphore } from '@kit';

export class QueueClosedError extends Error {
  override name = 'QueueClosedError';
}

/** A first-in first-out buffer that never shifts an array: a head index and a count. */
class Ring {
  private readonly slots: Array<number | undefined> = new Array<number | undefined>(16);
  private head = 0;
  size = 0;

  push(item: number): void {
    if (this.size === this.slots.length) this.slots.length *= 2; // room for as many again
    this.slots[(this.head + this.size) % this.slots.length] = item;
    this.size += 1;
  }

  shift(): number | undefined {
    const item = this.slots[this.head];
    this.slots[this.head] = undefined;
    this.head = (this.head + 1) % this.slots.length;
    this.size -= 1;
    return item;
  }
}

export class ClosableQueue {
  private readonly items = new Ring();
  private readonly available = new Semaphore(0, 'available');
  private closed = false;

  put(item: number): void {
    if (this.closed) throw new QueueClosedError(`put(${item}) after close()`);
    this.items.push(item);
    this.available.release();
  }

  async get(): Promise<number | undefined> {
    await this.available.acquire();
    if (this.items.size === 0) {
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
