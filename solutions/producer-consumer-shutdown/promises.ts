export class QueueClosedError extends Error {
  override name = 'QueueClosedError';
}

/**
 * Plain promises: items wait in one array, consumers in another (their resolvers). At most one of the two is
 * non-empty. put() hands its item straight to the longest-waiting consumer if there is one; close() resolves
 * every waiting consumer with undefined, which is safe because consumers wait only while there are no items.
 */
export class ClosableQueue {
  private readonly items: number[] = [];
  private readonly consumers: Array<(item: number | undefined) => void> = [];
  private closed = false;

  put(item: number): void {
    if (this.closed) throw new QueueClosedError(`put(${item}) after close()`);
    const consumer = this.consumers.shift();
    if (consumer !== undefined) consumer(item);
    else this.items.push(item);
  }

  get(): Promise<number | undefined> {
    if (this.items.length > 0) return Promise.resolve(this.items.shift());
    if (this.closed) return Promise.resolve(undefined);
    return new Promise((resolve) => this.consumers.push(resolve));
  }

  close(): void {
    this.closed = true;
    for (const consumer of this.consumers.splice(0)) consumer(undefined);
  }
}
