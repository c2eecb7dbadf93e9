// expect: violation
// Bug: the turn semaphores are cached at module level per n, "to reuse them". Each ZeroEvenOdd alone works,
// but two objects with the same n share the turns: one object's zero() hands the turn to the other object's
// odd(), which prints into the wrong sequence.
import { Semaphore } from '@kit';

interface Turns {
  readonly zero: Semaphore;
  readonly odd: Semaphore;
  readonly even: Semaphore;
}

const turnsByN = new Map<number, Turns>();

export class ZeroEvenOdd {
  private readonly turns: Turns;

  constructor(private readonly n: number) {
    let turns = turnsByN.get(n);
    if (turns === undefined) {
      turns = { zero: new Semaphore(1), odd: new Semaphore(0), even: new Semaphore(0) };
      turnsByN.set(n, turns);
    }
    this.turns = turns;
  }

  async zero(printNumber: (x: number) => void): Promise<void> {
    for (let i = 1; i <= this.n; i++) {
      await this.turns.zero.acquire();
      printNumber(0);
      (i % 2 === 1 ? this.turns.odd : this.turns.even).release();
    }
  }

  async even(printNumber: (x: number) => void): Promise<void> {
    for (let i = 2; i <= this.n; i += 2) {
      await this.turns.even.acquire();
      printNumber(i);
      this.turns.zero.release();
    }
  }

  async odd(printNumber: (x: number) => void): Promise<void> {
    for (let i = 1; i <= this.n; i += 2) {
      await this.turns.odd.acquire();
      printNumber(i);
      this.turns.zero.release();
    }
  }
}
