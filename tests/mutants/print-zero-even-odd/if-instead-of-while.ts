// expect: violation
// Bug: checks whose turn it is with `if` instead of `while`, so a task that wakes up prints without checking
// again. notifyAll() wakes every waiter, including the ones whose turn it is not: with n = 2, if even() starts
// first it waits; zero() prints 0 and wakes it, and even() prints 2 where odd()'s 1 belongs ("02").
import { Condition } from '@kit';

export class ZeroEvenOdd {
  private printed = 0;
  private readonly turn = new Condition();

  constructor(private readonly n: number) {}

  async zero(printNumber: (x: number) => void): Promise<void> {
    for (let i = 1; i <= this.n; i++) await this.printAt(2 * (i - 1), () => { printNumber(0); });
  }

  async even(printNumber: (x: number) => void): Promise<void> {
    for (let i = 2; i <= this.n; i += 2) await this.printAt(2 * i - 1, () => { printNumber(i); });
  }

  async odd(printNumber: (x: number) => void): Promise<void> {
    for (let i = 1; i <= this.n; i += 2) await this.printAt(2 * i - 1, () => { printNumber(i); });
  }

  private async printAt(position: number, print: () => void): Promise<void> {
    await this.turn.acquire();
    if (this.printed !== position) await this.turn.wait();
    print();
    this.printed += 1;
    this.turn.notifyAll();
    this.turn.release();
  }
}
