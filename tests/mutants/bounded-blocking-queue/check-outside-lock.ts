// expect: deadlock
// Bug: dequeue() asks "is it empty?" before taking the lock, then waits for a notify under the lock. The
// answer can be stale by then: a producer holds the lock, about to put; the consumer sees an empty queue and
// queues for the lock; the producer puts, notifies nobody (nobody waits yet) and releases; the consumer gets
// the lock and waits for a notify that already happened, beside an element it could take. A lost wake-up:
// once nothing more is put (the producer is done, or waits for room the stranded element takes up), the
// consumer waits forever: a deadlock. Otherwise correct: enqueue() is the monitor's, and the consumer takes
// an element in the same synchronous step as its last look at the array, so no schedule gets a wrong result.
import { Condition, Lock } from '@kit';

export class BoundedBlockingQueue {
  private readonly items: number[] = [];
  private readonly lock = new Lock('queue');
  private readonly notFull = new Condition(this.lock, 'notFull');
  private readonly notEmpty = new Condition(this.lock, 'notEmpty');

  constructor(private readonly capacity: number) {}

  async enqueue(element: number): Promise<void> {
    await this.lock.acquire();
    try {
      await this.notFull.waitFor(() => this.items.length < this.capacity);
      this.items.push(element);
      this.notEmpty.notify();
    } finally {
      this.lock.release();
    }
  }

  async dequeue(): Promise<number> {
    while (this.items.length === 0) {
      await this.lock.acquire();
      try {
        await this.notEmpty.wait();
      } finally {
        this.lock.release();
      }
    }
    const element = this.items.shift() as number;
    await this.lock.acquire();
    try {
      this.notFull.notify();
    } finally {
      this.lock.release();
    }
    return element;
  }

  size(): number {
    return this.items.length;
  }
}
