import { Semaphore } from '@kit';

/**
 * Three semaphores, one per task, with a single permit passed around like a baton. zero() starts holding it.
 * zero() prints 0 and passes the baton to odd() or even(), depending on which number comes next; that task
 * prints its number and passes the baton back to zero().
 *
 * Invariant: the three semaphores hold one permit in total (counting the task that holds it while printing),
 * so exactly one task prints at a time, and only the task that was handed the baton. Each task knows in
 * advance how many numbers it prints (even(): floor(n/2), odd(): ceil(n/2)), so every loop ends and every
 * task returns, even() included when n = 1.
 */
export class ZeroEvenOdd {
  private readonly zeroTurn = new Semaphore(1, 'zeroTurn');
  private readonly oddTurn = new Semaphore(0, 'oddTurn');
  private readonly evenTurn = new Semaphore(0, 'evenTurn');

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
