// expect: deadlock
// Bug: even() runs ceil(n / 2) rounds, the count that belongs to odd(). For odd n it waits for one more turn than
// zero() will ever give it: with n = 1, even() prints nothing (right) but then never returns, a deadlock once
// zero() and odd() are done.
import { Semaphore } from '@kit';

export class ZeroEvenOdd {
  private readonly zeroTurn = new Semaphore(1);
  private readonly oddTurn = new Semaphore(0);
  private readonly evenTurn = new Semaphore(0);

  constructor(private readonly n: number) {}

  async zero(printNumber: (x: number) => void): Promise<void> {
    for (let i = 1; i <= this.n; i++) {
      await this.zeroTurn.acquire();
      printNumber(0);
      (i % 2 === 1 ? this.oddTurn : this.evenTurn).release();
    }
  }

  async even(printNumber: (x: number) => void): Promise<void> {
    for (let round = 0; round < Math.ceil(this.n / 2); round++) {
      await this.evenTurn.acquire();
      printNumber(2 * (round + 1));
      this.zeroTurn.release();
    }
  }

  async odd(printNumber: (x: number) => void): Promise<void> {
    for (let i = 1; i <= this.n; i += 2) {
      await this.oddTurn.acquire();
      printNumber(i);
      this.zeroTurn.release();
    }
  }
}
