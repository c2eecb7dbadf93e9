// expect: violation
// Bug: third() waits for first() instead of second(), so "firstthirdsecond" is possible.
import { Event } from '@kit';

export class Foo {
  private readonly firstDone = new Event();

  async first(printFirst: () => void): Promise<void> {
    printFirst();
    this.firstDone.set();
  }

  async second(printSecond: () => void): Promise<void> {
    await this.firstDone.wait();
    printSecond();
  }

  async third(printThird: () => void): Promise<void> {
    await this.firstDone.wait();
    printThird();
  }
}
