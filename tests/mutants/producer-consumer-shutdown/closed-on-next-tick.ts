// expect: violation
// Bug: close() refuses further puts only from a process.nextTick callback ("let puts already under way in this
// tick land"); a producer whose continuation runs in the same microtask drain right after close() (closer and
// producer woken by the same promise) has its put() accepted silently after close(), against the statement.
export class QueueClosedError extends Error {
  override name = 'QueueClosedError';
}

export class ClosableQueue {
  private readonly items: number[] = [];
  private readonly waiters: Array<(item: number | undefined) => void> = [];
  private closed = false;

  put(item: number): void {
    if (this.closed) throw new QueueClosedError('closed');
    const waiter = this.waiters.shift();
    if (waiter !== undefined) waiter(item);
    else this.items.push(item);
  }

  async get(): Promise<number | undefined> {
    if (this.items.length > 0) return this.items.shift();
    if (this.closed) return undefined;
    return await new Promise<number | undefined>((resolve) => this.waiters.push(resolve));
  }

  close(): void {
    process.nextTick(() => {
      if (this.closed) return;
      this.closed = true;
      if (this.items.length === 0) for (const w of this.waiters.splice(0)) w(undefined);
    });
  }
}
