// expect: deadlock
// Bug: even() and odd() loop "until told to stop", each waiting for its semaphore and then checking a `done` flag,
// but zero() sets the flag after its last number without waking them. Both are waiting at that moment (for
// n = 1, even() has been waiting from the start) and wait forever: a deadlock, in every schedule.
import { Semaphore } from '@kit';

export class ZeroEvenOdd {
  private current = 0;
  private done = false;
  private readonly zeroTurn = new Semaphore(1);
  private readonly oddTurn = new Semaphore(0);
  private readonly evenTurn = new Semaphore(0);

  constructor(private readonly n: number) {}

  async zero(printNumber: (x: number) => void): Promise<void> {
    for (let i = 1; i <= this.n; i++) {
      await this.zeroTurn.acquire();
      printNumber(0);
      this.current = i;
      (i % 2 === 1 ? this.oddTurn : this.evenTurn).release();
    }
    await this.zeroTurn.acquire();
    this.done = true;
  }

  async even(printNumber: (x: number) => void): Promise<void> {
    await this.work(this.evenTurn, printNumber);
  }

  async odd(printNumber: (x: number) => void): Promise<void> {
    await this.work(this.oddTurn, printNumber);
  }

  private async work(mine: Semaphore, printNumber: (x: number) => void): Promise<void> {
    for (;;) {
      await mine.acquire();
      if (this.done) return;
      printNumber(this.current);
      this.zeroTurn.release();
    }
  }
}
