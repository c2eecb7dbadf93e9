// Idiom: an EventEmitter as the condition variable. Every change emits 'changed'; put and get re-check their
// predicate in a `while` loop around `events.once`, and join() re-checks `unfinished > 0` the same way. The
// emit that follows the last taskDone() reaches every joiner listening at that moment, and a joiner that wakes
// to find new work simply listens again.
import { EventEmitter, once } from 'node:events';

export class TaskQueue<T> {
  private readonly items: T[] = [];
  private unfinished = 0;
  private readonly changes = new EventEmitter();

  constructor(private readonly capacity: number) {
    this.changes.setMaxListeners(0);
  }

  async put(item: T): Promise<void> {
    while (this.items.length >= this.capacity) await once(this.changes, 'changed');
    this.items.push(item);
    this.unfinished += 1;
    this.changes.emit('changed');
  }

  async get(): Promise<T> {
    while (this.items.length === 0) await once(this.changes, 'changed');
    const item = this.items.shift() as T;
    this.changes.emit('changed');
    return item;
  }

  taskDone(): void {
    if (this.unfinished === 0) throw new RangeError('taskDone() called more times than there were items');
    this.unfinished -= 1;
    this.changes.emit('changed');
  }

  async join(): Promise<void> {
    while (this.unfinished > 0) await once(this.changes, 'changed');
  }
}
