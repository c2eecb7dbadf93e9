// Idiom: an EventEmitter as a condition variable: every change emits 'changed', and each waiter re-checks its
// predicate in a `while` loop around `events.once`. Whoever wakes first and finds room (or an element) acts in
// the same synchronous step, so a woken task that lost the race simply waits again.
import { EventEmitter, once } from 'node:events';

export class BoundedBlockingQueue {
  private readonly items: number[] = [];
  private readonly changes = new EventEmitter();

  constructor(private readonly capacity: number) {
    this.changes.setMaxListeners(0); // any number of waiters is fine
  }

  async enqueue(element: number): Promise<void> {
    while (this.items.length >= this.capacity) await once(this.changes, 'changed');
    this.items.push(element);
    this.changes.emit('changed');
  }

  async dequeue(): Promise<number> {
    while (this.items.length === 0) await once(this.changes, 'changed');
    const element = this.items.shift() as number;
    this.changes.emit('changed');
    return element;
  }

  size(): number {
    return this.items.length;
  }
}
