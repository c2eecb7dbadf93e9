// expect: deadlock
// Bug: producers and consumers wait in the same line of plain-promise resolvers, and each change wakes only
// the first waiter. Waiters re-check in a loop, so the queue never over- or underflows, but a wake-up meant
// for a consumer can reach another producer, which finds the queue still full and waits again: the consumer
// is never woken, and everyone ends up waiting.
export class BoundedBlockingQueue {
  private readonly items: number[] = [];
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly capacity: number) {}

  private wait(): Promise<void> {
    return new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  async enqueue(element: number): Promise<void> {
    while (this.items.length === this.capacity) await this.wait();
    this.items.push(element);
    this.waiting.shift()?.();
  }

  async dequeue(): Promise<number> {
    while (this.items.length === 0) await this.wait();
    const element = this.items.shift() as number;
    this.waiting.shift()?.();
    return element;
  }

  size(): number {
    return this.items.length;
  }
}
