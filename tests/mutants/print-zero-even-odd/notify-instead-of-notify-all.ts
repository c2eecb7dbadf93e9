// expect: deadlock
// Bug: three tasks wait on one condition, but each print wakes only one of them with notify(). The wake-up goes
// to the longest waiter, which may be the wrong task: it re-checks, sees it is not its turn and waits again,
// while the task whose turn it is sleeps on. E.g. n = 2 with zero() and even() both waiting: odd() prints 1 and
// its notify() wakes even() (waiting longer), which goes back to sleep; zero() is never woken, odd() is done,
// and nobody is left to notify: a deadlock.
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
    while (this.printed !== position) await this.turn.wait();
    print();
    this.printed += 1;
    this.turn.notify();
    this.turn.release();
  }
}
