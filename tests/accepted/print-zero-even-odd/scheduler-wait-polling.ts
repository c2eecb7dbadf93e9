// Idiom: polling with `scheduler.wait` from `node:timers/promises`. The state is the count of numbers printed
// so far; from it each task can tell whether the next print is its own, and only the printer advances it.
import { scheduler } from 'node:timers/promises';

export class ZeroEvenOdd {
  /** Numbers printed so far: the k-th print (from 0) is a 0 when k is even, else the number (k + 1) / 2. */
  private printed = 0;

  constructor(private readonly n: number) {}

  private async untilPrinted(count: number): Promise<void> {
    while (this.printed < count) await scheduler.wait(1);
  }

  async zero(printNumber: (x: number) => void): Promise<void> {
    for (let i = 1; i <= this.n; i++) {
      await this.untilPrinted(2 * (i - 1));
      printNumber(0);
      this.printed += 1;
    }
  }

  async even(printNumber: (x: number) => void): Promise<void> {
    for (let i = 2; i <= this.n; i += 2) {
      await this.untilPrinted(2 * i - 1);
      printNumber(i);
      this.printed += 1;
    }
  }

  async odd(printNumber: (x: number) => void): Promise<void> {
    for (let i = 1; i <= this.n; i += 2) {
      await this.untilPrinted(2 * i - 1);
      printNumber(i);
      this.printed += 1;
    }
  }
}
