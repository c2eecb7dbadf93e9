// expect: violation
// Bug: the elements live in a preallocated Float32Array ring ("numbers, and no garbage per element"), so each
// one is rounded to single precision on the way in: 0.1 comes out as 0.10000000149011612, 16777217 as
// 16777216 and 1e40 as Infinity. Blocking, order and size are all right, and integers below 2^24 or halves
// and quarters survive, so only a queue given such elements (0.1, 16777217, 1e40) shows it.
import { Condition, Lock } from '@kit';

export class BoundedBlockingQueue {
  private readonly slots: Float32Array;
  private front = 0;
  private count = 0;
  private readonly lock = new Lock('queue');
  private readonly roomLeft = new Condition(this.lock, 'roomLeft');
  private readonly somethingInside = new Condition(this.lock, 'somethingInside');

  constructor(private readonly capacity: number) {
    this.slots = new Float32Array(capacity);
  }

  async enqueue(element: number): Promise<void> {
    await this.lock.acquire();
    try {
      await this.roomLeft.waitFor(() => this.count < this.capacity);
      this.slots[(this.front + this.count) % this.capacity] = element;
      this.count += 1;
      this.somethingInside.notify();
    } finally {
      this.lock.release();
    }
  }

  async dequeue(): Promise<number> {
    await this.lock.acquire();
    try {
      await this.somethingInside.waitFor(() => this.count > 0);
      const element = this.slots[this.front] as number;
      this.front = (this.front + 1) % this.capacity;
      this.count -= 1;
      this.roomLeft.notify();
      return element;
    } finally {
      this.lock.release();
    }
  }

  size(): number {
    return this.count;
  }
}
