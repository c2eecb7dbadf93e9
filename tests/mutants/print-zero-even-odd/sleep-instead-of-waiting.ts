// expect: violation
// Bug: keeps time instead of waiting: zero() prints at t = 0, 10, 20 …, the number i at t = 10 * i - 5, each
// task sleeping until its slot. In step while all three tasks start together (LeetCode's judge accepts it), out
// of step as soon as one starts late: if odd() starts 10 ms late, zero() prints "00" first.
import { sleep } from '@kit';

export class ZeroEvenOdd {
  constructor(private readonly n: number) {}

  async zero(printNumber: (x: number) => void): Promise<void> {
    for (let i = 1; i <= this.n; i++) {
      printNumber(0);
      await sleep(10);
    }
  }

  async even(printNumber: (x: number) => void): Promise<void> {
    await sleep(15);
    for (let i = 2; i <= this.n; i += 2) {
      printNumber(i);
      await sleep(20);
    }
  }

  async odd(printNumber: (x: number) => void): Promise<void> {
    await sleep(5);
    for (let i = 1; i <= this.n; i += 2) {
      printNumber(i);
      await sleep(20);
    }
  }
}
