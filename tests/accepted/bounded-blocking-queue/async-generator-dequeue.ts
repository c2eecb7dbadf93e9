// Idiom: dequeue() reads from one async generator. Calls to an async generator's `next()` are queued and
// served one at a time in call order, so consumers are served first come, first served without a lock; the
// generator waits (on a plain-promise signal) while the queue is empty. Producers wait for room the same way.
class Signal {
  private waiters: Array<() => void> = [];

  wait(): Promise<void> {
    return new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  wakeAll(): void {
    const woken = this.waiters;
    this.waiters = [];
    for (const wake of woken) wake();
  }
}

export class BoundedBlockingQueue {
  private readonly items: number[] = [];
  private readonly notEmpty = new Signal();
  private readonly notFull = new Signal();
  private readonly taker: AsyncGenerator<number, never>;

  constructor(private readonly capacity: number) {
    this.taker = this.take();
  }

  private async *take(): AsyncGenerator<number, never> {
    for (;;) {
      while (this.items.length === 0) await this.notEmpty.wait();
      const element = this.items.shift() as number;
      this.notFull.wakeAll();
      yield element;
    }
  }

  async enqueue(element: number): Promise<void> {
    while (this.items.length >= this.capacity) await this.notFull.wait();
    this.items.push(element);
    this.notEmpty.wakeAll();
  }

  async dequeue(): Promise<number> {
    const { value } = await this.taker.next();
    return value;
  }

  size(): number {
    return this.items.length;
  }
}
