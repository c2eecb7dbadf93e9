export class QueueClosedError extends Error {
  override name = 'QueueClosedError';
}

/**
 * The queue as an async generator: get() pulls the next value from one shared generator that yields items
 * while there are any, parks on a promise while the queue is empty and open, and returns once it is closed
 * and drained. Async generators queue their next() calls, so concurrent consumers are served one at a time,
 * in the order they asked, and each item comes out once.
 */
export class ClosableQueue {
  private readonly items: number[] = [];
  private closed = false;
  private wake: (() => void) | undefined;
  private readonly stream = this.drain();

  put(item: number): void {
    if (this.closed) throw new QueueClosedError(`put(${item}) after close()`);
    this.items.push(item);
    this.poke();
  }

  async get(): Promise<number | undefined> {
    const next = await this.stream.next();
    return next.done === true ? undefined : next.value;
  }

  close(): void {
    this.closed = true;
    this.poke();
  }

  private poke(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  private async *drain(): AsyncGenerator<number, void, undefined> {
    for (;;) {
      const item = this.items.shift();
      if (item !== undefined) {
        yield item;
        continue;
      }
      if (this.closed) return;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }
}
