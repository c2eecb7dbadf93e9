import { Event } from '@kit';

/**
 * Two one-shot events, one per hand-over. An Event remembers that it was set, so a task that arrives late
 * passes straight through: no wake-up can be lost, whichever task starts first.
 */
export class Foo {
  private readonly firstDone = new Event('firstDone');
  private readonly secondDone = new Event('secondDone');

  async first(printFirst: () => void): Promise<void> {
    printFirst();
    this.firstDone.set();
  }

  async second(printSecond: () => void): Promise<void> {
    await this.firstDone.wait();
    printSecond();
    this.secondDone.set();
  }

  async third(printThird: () => void): Promise<void> {
    await this.secondDone.wait();
    printThird();
  }
}
