// expect: violation
// Bug: when the queue is full (or empty) it sleeps a little, hoping the other side acted meanwhile, and then
// goes ahead without checking again. Works while consumers keep up; when they start late (or are slow) the
// producer wakes to a queue that is still full and overfills it, and a consumer can wake to an empty queue.
import { sleep } from '@kit';

export class BoundedBlockingQueue {
  private readonly items: number[] = [];

  constructor(private readonly capacity: number) {}

  async enqueue(element: number): Promise<void> {
    if (this.items.length >= this.capacity) await sleep(10);
    this.items.push(element);
  }

  async dequeue(): Promise<number> {
    if (this.items.length === 0) await sleep(10);
    return this.items.shift() as number;
  }

  size(): number {
    return this.items.length;
  }
}
