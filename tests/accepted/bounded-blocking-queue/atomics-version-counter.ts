// Idiom: a version counter in a SharedArrayBuffer is bumped (Atomics.add, then Atomics.notify) on every change
// of the queue; a blocked call reads the version, re-checks its condition and parks with Atomics.waitAsync on
// that version (which answers 'not-equal' at once if it already moved), so no change slips by unseen. Check and
// act happen in one synchronous step after each wake-up.
export class BoundedBlockingQueue {
  private readonly items: number[] = [];
  private readonly version = new Int32Array(new SharedArrayBuffer(4));

  constructor(readonly capacity: number) {}

  private changed(): void {
    Atomics.add(this.version, 0, 1);
    Atomics.notify(this.version, 0);
  }

  /** Waits until ok() holds and runs act() in the same synchronous step (no await between check and act). */
  private async when<T>(ok: () => boolean, act: () => T): Promise<T> {
    for (;;) {
      const seen = Atomics.load(this.version, 0);
      if (ok()) {
        const result = act();
        this.changed();
        return result;
      }
      const wait = Atomics.waitAsync(this.version, 0, seen);
      if (wait.async) await wait.value;
    }
  }

  async enqueue(element: number): Promise<void> {
    await this.when(() => this.items.length < this.capacity, () => this.items.push(element));
  }

  async dequeue(): Promise<number> {
    return await this.when(() => this.items.length > 0, () => this.items.shift() as number);
  }

  size(): number {
    return this.items.length;
  }
}
