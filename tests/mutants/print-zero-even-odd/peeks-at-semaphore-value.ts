// expect: violation
// Bug: zero() decides whether the last number was printed by reading the semaphores' `value` (check-then-act).
// A release handed straight to a waiting task does not raise `value`, so when odd() was already waiting, the
// gate looks empty the moment zero() released it, and zero() prints its next 0 before odd() printed 1: "00".
// It only goes right when odd() and even() reach their acquire late (value 1 until then, so zero() polls).
import { sleep, Semaphore } from '@kit';

export class ZeroEvenOdd {
  private readonly oddTurn = new Semaphore(0);
  private readonly evenTurn = new Semaphore(0);

  constructor(private readonly n: number) {}

  async zero(printNumber: (x: number) => void): Promise<void> {
    for (let i = 1; i <= this.n; i++) {
      while (this.oddTurn.value > 0 || this.evenTurn.value > 0) await sleep(1);
      printNumber(0);
      (i % 2 === 1 ? this.oddTurn : this.evenTurn).release();
    }
  }

  async even(printNumber: (x: number) => void): Promise<void> {
    for (let i = 2; i <= this.n; i += 2) {
      await this.evenTurn.acquire();
      printNumber(i);
    }
  }

  async odd(printNumber: (x: number) => void): Promise<void> {
    for (let i = 1; i <= this.n; i += 2) {
      await this.oddTurn.acquire();
      printNumber(i);
    }
  }
}
