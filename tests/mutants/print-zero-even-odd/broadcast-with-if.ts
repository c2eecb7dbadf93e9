// expect: violation
// Bug: every hand-over wakes all waiters (the plain-promise version of notifyAll), but a woken task does not
// re-check whose turn it is: it waited with `if`, not `while`. When zero() hands the turn to odd() while
// even() is waiting too, even() wakes up as well and prints its number out of turn.
type Who = 'zero' | 'odd' | 'even';

export class ZeroEvenOdd {
  private next: Who = 'zero';
  private waiting: Array<() => void> = [];

  constructor(private readonly n: number) {}

  private async waitFor(who: Who): Promise<void> {
    if (this.next !== who) await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private handTo(who: Who): void {
    this.next = who;
    const woken = this.waiting;
    this.waiting = [];
    for (const wake of woken) wake();
  }

  async zero(printNumber: (x: number) => void): Promise<void> {
    for (let i = 1; i <= this.n; i++) {
      await this.waitFor('zero');
      printNumber(0);
      this.handTo(i % 2 === 1 ? 'odd' : 'even');
    }
  }

  async even(printNumber: (x: number) => void): Promise<void> {
    for (let i = 2; i <= this.n; i += 2) {
      await this.waitFor('even');
      printNumber(i);
      this.handTo('zero');
    }
  }

  async odd(printNumber: (x: number) => void): Promise<void> {
    for (let i = 1; i <= this.n; i += 2) {
      await this.waitFor('odd');
      printNumber(i);
      this.handTo('zero');
    }
  }
}
