// expect: violation
// Bug: a timeout used as a go-ahead, spread over many short polls. second() and third() check their turn every
// 10 ms and give up after 2 s in all, printing anyway ("it must have happened by now"). No single timer lasts
// 2 s, yet a first() that starts more than 2 s late still lets the words come out in the wrong order.
import { setTimeout as nap } from 'node:timers/promises';

export class Foo {
  private printed = 0;

  async first(printFirst: () => void): Promise<void> {
    printFirst();
    this.printed = 1;
  }

  async second(printSecond: () => void): Promise<void> {
    await this.waitFor(1);
    printSecond();
    this.printed = 2;
  }

  async third(printThird: () => void): Promise<void> {
    await this.waitFor(2);
    printThird();
  }

  private async waitFor(count: number): Promise<void> {
    const giveUpAt = Date.now() + 2000;
    while (this.printed < count && Date.now() < giveUpAt) await nap(10);
  }
}
