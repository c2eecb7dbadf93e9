import { EventEmitter, once } from 'node:events';

export class QueueClosedError extends Error {
  override name = 'QueueClosedError';
}

/**
 * Node's EventEmitter instead of the kit: put() and close() emit 'change', and a consumer with nothing to
 * take awaits `once(emitter, 'change')` in a loop, re-checking after every wake-up. once() registers its
 * listener synchronously, in the same step as the check, so no emit can fall between the two.
 */
export class ClosableQueue {
  private readonly items: number[] = [];
  private readonly emitter = new EventEmitter();
  private closed = false;

  constructor() {
    this.emitter.setMaxListeners(0); // any number of waiting consumers
  }

  put(item: number): void {
    if (this.closed) throw new QueueClosedError(`put(${item}) after close()`);
    this.items.push(item);
    this.emitter.emit('change');
  }

  async get(): Promise<number | undefined> {
    while (this.items.length === 0 && !this.closed) await once(this.emitter, 'change');
    return this.items.shift();
  }

  close(): void {
    this.closed = true;
    this.emitter.emit('change');
  }
}
