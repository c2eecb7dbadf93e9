import { Condition } from '@kit';

// Bug: checks "is it empty / full?" before taking the lock, then waits for a notify. Taking the lock is a
// scheduling point: a consumer sees an empty queue, the producer enqueues and notifies (nobody waits yet),
// then the consumer takes the lock and waits for a notify that already happened: a lost wake-up, and the
// consumer waits forever (deadlock) once the producer has nothing more to put.
export class BoundedBlockingQueue {
  private readonly items: number[] = [];
  private readonly notFull = new Condition();
  private readonly notEmpty = new Condition();

  constructor(private readonly capacity: number) {}

  async enqueue(element: number): Promise<void> {
    if (this.items.length === this.capacity) {
      await this.notFull.acquire();
      await this.notFull.wait();
      this.notFull.release();
    }
    this.items.push(element);
    await this.notEmpty.acquire();
    this.notEmpty.notify();
    this.notEmpty.release();
  }

  async dequeue(): Promise<number> {
    if (this.items.length === 0) {
      await this.notEmpty.acquire();
      await this.notEmpty.wait();
      this.notEmpty.release();
    }
    const element = this.items.shift() as number;
    await this.notFull.acquire();
    this.notFull.notify();
    this.notFull.release();
    return element;
  }

  size(): number {
    return this.items.length;
  }
}
