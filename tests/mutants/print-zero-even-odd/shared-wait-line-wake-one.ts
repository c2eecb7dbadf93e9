// expect: deadlock
// Bug: all three tasks wait in one line of plain-promise resolvers, and each hand-over wakes only the first
// waiter in it. Waiters re-check in a loop, so nobody prints out of turn, but the single wake-up can reach the
// wrong task: zero() hands the turn to odd() and wakes even(), which finds it is not its turn and waits again.
// Nobody wakes odd(), and all three wait forever.
type Who = 'zero' | 'odd' | 'even';

export class ZeroEvenOdd {
  private next: Who = 'zero';
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly n: number) {}

  private async waitFor(who: Who): Promise<void> {
    while (this.next !== who) await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private handTo(who: Who): void {
    this.next = who;
    this.waiting.shift()?.();
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
