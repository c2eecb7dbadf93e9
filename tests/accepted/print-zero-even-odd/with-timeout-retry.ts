// Idiom: async-mutex's `withTimeout` used correctly: a timed-out acquire is retried, never taken as
// permission. (A request that times out is handed its permit later and gives it straight back, so retrying
// loses nothing.) The timeout only bounds each single wait, for instance to log a slow partner.
import { E_TIMEOUT, Semaphore, type SemaphoreInterface, withTimeout } from 'async-mutex';

async function takeTurn(turn: SemaphoreInterface): Promise<void> {
  for (;;) {
    try {
      await turn.acquire();
      return;
    } catch (error) {
      if (error !== E_TIMEOUT) throw error;
    }
  }
}

export class ZeroEvenOdd {
  private readonly zeroTurn = withTimeout(new Semaphore(1), 50);
  private readonly oddTurn = withTimeout(new Semaphore(0), 50);
  private readonly evenTurn = withTimeout(new Semaphore(0), 50);

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
