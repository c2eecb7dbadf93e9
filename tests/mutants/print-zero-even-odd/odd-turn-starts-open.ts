// expect: violation
// Bug: odd()'s semaphore starts with one permit instead of zero, so odd() need not wait for the first 0: in the
// schedule where odd() starts before zero(), "1" comes out first.
import { Semaphore } from '@kit';

export class ZeroEvenOdd {
  private readonly zeroTurn = new Semaphore(1);
  private readonly oddTurn = new Semaphore(1);
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
    for (let i = 2; i <= this.n; i += 2) {
      await this.evenTurn.acquire();
      printNumber(i);
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
