// expect: violation
// Bug: waits on a hand-made condition (an array of plain-promise resolvers) with `if` instead of `while`. A
// woken consumer resumes a tick after the wake-up; a consumer that calls dequeue() in between finds the
// element and takes it, and the woken one then shifts from an empty array and returns undefined. Producers
// can likewise overfill the queue.
export class BoundedBlockingQueue {
  private readonly items: number[] = [];
  private readonly notFull: Array<() => void> = [];
  private readonly notEmpty: Array<() => void> = [];

  constructor(private readonly capacity: number) {}

  async enqueue(element: number): Promise<void> {
    if (this.items.length === this.capacity) await new Promise<void>((resolve) => this.notFull.push(resolve));
    this.items.push(element);
    this.notEmpty.shift()?.();
  }

  async dequeue(): Promise<number> {
    if (this.items.length === 0) await new Promise<void>((resolve) => this.notEmpty.push(resolve));
    const element = this.items.shift() as number;
    this.notFull.shift()?.();
    return element;
  }

  size(): number {
    return this.items.length;
  }
}
