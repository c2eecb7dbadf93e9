import { Condition } from '@kit';

/**
 * One counter of numbers printed so far, guarded by one condition. The k-th print (from 0) belongs to zero()
 * when k is even, otherwise to odd() or even() according to the number (k + 1) / 2. Each task waits (with
 * `waitFor`, which re-checks after every wake-up) until the counter reaches one of its own prints.
 *
 * Invariant: `printed` only grows, under the lock, by one per print. Three tasks share one wait queue, so a
 * wake-up may reach a task whose turn it is not: `notifyAll` wakes everyone and each re-checks; a single
 * `notify` could wake the wrong task and leave the right one asleep.
 */
export class ZeroEvenOdd {
  private printed = 0;
  private readonly turn = new Condition(undefined, 'turn');

  constructor(private readonly n: number) {}

  async zero(printNumber: (x: number) => void): Promise<void> {
    for (let i = 1; i <= this.n; i++) await this.printAt(2 * (i - 1), () => { printNumber(0); });
  }

  async even(printNumber: (x: number) => void): Promise<void> {
    for (let i = 2; i <= this.n; i += 2) await this.printAt(2 * i - 1, () => { printNumber(i); });
  }

  async odd(printNumber: (x: number) => void): Promise<void> {
    for (let i = 1; i <= this.n; i += 2) await this.printAt(2 * i - 1, () => { printNumber(i); });
  }

  /** Waits until exactly `position` numbers were printed, then prints the next one. */
  private async printAt(position: number, print: () => void): Promise<void> {
    await this.turn.acquire();
    try {
      await this.turn.waitFor(() => this.printed === position);
      print();
      this.printed += 1;
      this.turn.notifyAll();
    } finally {
      this.turn.release();
    }
  }
}
