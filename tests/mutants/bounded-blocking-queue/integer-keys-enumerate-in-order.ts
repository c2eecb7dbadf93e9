// expect: violation
// Bug: to avoid the O(n) `shift()`, keeps the elements as keys of a plain object and takes the first key
// `for...in` lists, believing objects list keys in insertion order. They do for most strings, but keys that
// look like array indexes (0, 100, 200, ...) come first, in ascending numeric order. So when 200 went in
// before 100, the next dequeue returns 100: the smallest element, not the oldest. Counts and blocking are
// right; only a history in which a larger element went in first shows it.
import { Semaphore } from '@kit';

export class BoundedBlockingQueue {
  private readonly items: Record<number, true> = {};
  private count = 0;
  private readonly freeSlots: Semaphore;
  private readonly filledSlots = new Semaphore(0);

  constructor(capacity: number) {
    this.freeSlots = new Semaphore(capacity);
  }

  async enqueue(element: number): Promise<void> {
    await this.freeSlots.acquire();
    this.items[element] = true;
    this.count += 1;
    this.filledSlots.release();
  }

  async dequeue(): Promise<number> {
    await this.filledSlots.acquire();
    let oldest = '';
    for (const key in this.items) {
      oldest = key;
      break;
    }
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- the object as a map is the bug shown here
    delete this.items[Number(oldest)];
    this.count -= 1;
    this.freeSlots.release();
    return Number(oldest);
  }

  size(): number {
    return this.count;
  }
}
