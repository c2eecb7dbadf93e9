// expect: deadlock
// Bug: producers and consumers wait on the same condition, and each change wakes only one waiter. A consumer
// that just emptied the queue can wake another consumer instead of a waiting producer (or a producer wake a
// producer); that task re-checks, waits again, and the wake-up meant for the other side is gone. With two
// consumers and capacity 1 everyone ends up waiting: a deadlock.
import { Condition } from '@kit';

export class BoundedBlockingQueue {
  private readonly items: number[] = [];
  private readonly changed = new Condition();

  constructor(private readonly capacity: number) {}

  async enqueue(element: number): Promise<void> {
    await this.changed.acquire();
    await this.changed.waitFor(() => this.items.length < this.capacity);
    this.items.push(element);
    this.changed.notify();
    this.changed.release();
  }

  async dequeue(): Promise<number> {
    await this.changed.acquire();
    await this.changed.waitFor(() => this.items.length > 0);
    const element = this.items.shift() as number;
    this.changed.notify();
    this.changed.release();
    return element;
  }

  size(): number {
    return this.items.length;
  }
}
