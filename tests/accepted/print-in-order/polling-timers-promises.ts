// Idiom: polling a shared step counter, sleeping between looks with `setTimeout` from `node:timers/promises`
// (the promise-returning timer). Slow but correct: the counter only grows, and each method acts only once it
// sees its own step.
import { setTimeout as sleep } from 'node:timers/promises';

export class Foo {
  private step = 0;

  private async until(step: number): Promise<void> {
    while (this.step < step) await sleep(1);
  }

  async first(printFirst: () => void): Promise<void> {
    printFirst();
    this.step = 1;
  }

  async second(printSecond: () => void): Promise<void> {
    await this.until(1);
    printSecond();
    this.step = 2;
  }

  async third(printThird: () => void): Promise<void> {
    await this.until(2);
    printThird();
  }
}
