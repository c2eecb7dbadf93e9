// expect: violation
// Bug: a plain array with no waiting at all. enqueue() on a full queue pushes anyway (the queue overflows)
// and dequeue() on an empty one returns undefined. Shows as soon as a consumer starts before any producer
// has enqueued, or a producer enqueues twice before the consumer takes anything (capacity 1).
export class BoundedBlockingQueue {
  private readonly items: number[] = [];

  constructor(private readonly capacity: number) {}

  async enqueue(element: number): Promise<void> {
    this.items.push(element);
  }

  async dequeue(): Promise<number> {
    return this.items.shift() as number;
  }

  size(): number {
    return this.items.length;
  }
}
