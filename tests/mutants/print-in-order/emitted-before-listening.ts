// expect: deadlock
// Bug: first() and second() announce that they are done with `emitter.emit(...)`, and the next method waits
// with `events.once(...)`. An EventEmitter does not remember events: if second() starts only after first()
// has emitted, nobody was listening, the event is gone, and second() (then third()) waits forever.
import { EventEmitter, once } from 'node:events';

export class Foo {
  private readonly events = new EventEmitter();

  async first(printFirst: () => void): Promise<void> {
    printFirst();
    this.events.emit('first');
  }

  async second(printSecond: () => void): Promise<void> {
    await once(this.events, 'first');
    printSecond();
    this.events.emit('second');
  }

  async third(printThird: () => void): Promise<void> {
    await once(this.events, 'second');
    printThird();
  }
}
