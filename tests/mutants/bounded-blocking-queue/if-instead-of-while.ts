// expect: violation
// Bug: waits with `if` instead of re-checking in a loop. A woken task must take the lock again before it runs;
// in between, a task that never waited can take the lock and use up what the wake-up announced. With two
// consumers and capacity 1: C1 waits on the empty queue, the producer enqueues and notifies C1, C2 arrives,
// takes the lock first and takes the element; C1 resumes without re-checking and shifts from an empty array
// (undefined). The same happens to producers: a woken producer can overfill the queue.
import { Condition, Lock } from '@kit';

export class BoundedBlockingQueue {
  private readonly items: number[] = [];
  private readonly lock = new Lock();
  private readonly notFull = new Condition(this.lock);
  private readonly notEmpty = new Condition(this.lock);

  constructor(private readonly capacity: number) {}

  async enqueue(element: number): Promise<void> {
    await this.lock.acquire();
    if (this.items.length === this.capacity) await this.notFull.wait();
    this.items.push(element);
    this.notEmpty.notify();
    this.lock.release();
  }

  async dequeue(): Promise<number> {
    await this.lock.acquire();
    if (this.items.length === 0) await this.notEmpty.wait();
    const element = this.items.shift() as number;
    this.notFull.notify();
    this.lock.release();
    return element;
  }

  size(): number {
    return this.items.length;
  }
}
