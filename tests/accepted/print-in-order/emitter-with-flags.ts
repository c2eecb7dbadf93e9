// Idiom: EventEmitter with `events.once`, made safe by remembering each event in a flag. The flag check and
// the listener registration happen in the same synchronous step, so an event can never slip in between them.
import { EventEmitter, once } from 'node:events';

export class Foo {
  private readonly events = new EventEmitter();
  private readonly done = { first: false, second: false };

  private async after(step: 'first' | 'second'): Promise<void> {
    if (!this.done[step]) await once(this.events, step);
  }

  private finish(step: 'first' | 'second'): void {
    this.done[step] = true;
    this.events.emit(step);
  }

  async first(printFirst: () => void): Promise<void> {
    printFirst();
    this.finish('first');
  }

  async second(printSecond: () => void): Promise<void> {
    await this.after('first');
    printSecond();
    this.finish('second');
  }

  async third(printThird: () => void): Promise<void> {
    await this.after('second');
    printThird();
  }
}
