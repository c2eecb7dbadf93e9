// expect: violation
// Bug: the turn semaphores are wrapped in async-mutex's `withTimeout(..., 2000)`, and a timed-out acquire is
// treated as a go-ahead ("the other task must be gone"). The timeout only says that the turn did not come
// within 2 s: when odd() starts late, zero() stops waiting and prints a second 0 before the 1.
import { E_TIMEOUT, Semaphore, type SemaphoreInterface, withTimeout } from 'async-mutex';

async function takeTurn(turn: SemaphoreInterface): Promise<void> {
  try {
    await turn.acquire();
  } catch (error) {
    if (error !== E_TIMEOUT) throw error;
    // waited 2 s: assume nobody will hand the turn over and go on
  }
}

export class ZeroEvenOdd {
  private readonly zeroTurn = withTimeout(new Semaphore(1), 2000);
  private readonly oddTurn = withTimeout(new Semaphore(0), 2000);
  private readonly evenTurn = withTimeout(new Semaphore(0), 2000);

  constructor(private readonly n: number) {}

  async zero(printNumber: (x: number) => void): Promise<void> {
    for (let i = 1; i <= this.n; i++) {
      await takeTurn(this.zeroTurn);
      printNumber(0);
      (i % 2 === 1 ? this.oddTurn : this.evenTurn).release();
    }
  }

  async even(printNumber: (x: number) => void): Promise<void> {
    for (let i = 2; i <= this.n; i += 2) {
      await takeTurn(this.evenTurn);
      printNumber(i);
      this.zeroTurn.release();
    }
  }

  async odd(printNumber: (x: number) => void): Promise<void> {
    for (let i = 1; i <= this.n; i += 2) {
      await takeTurn(this.oddTurn);
      printNumber(i);
      this.zeroTurn.release();
    }
  }
}
