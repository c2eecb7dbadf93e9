// expect: violation
// Bug: zero() prints every number itself with its own printNumber, and even() and odd() just return. The output
// "0102…" is right (LeetCode only compares the output), but zero()'s printNumber may print only 0: the check
// fails on the first number, in every schedule.
export class ZeroEvenOdd {
  constructor(private readonly n: number) {}

  async zero(printNumber: (x: number) => void): Promise<void> {
    for (let i = 1; i <= this.n; i++) {
      printNumber(0);
      printNumber(i);
    }
  }

  async even(printNumber: (x: number) => void): Promise<void> {}

  async odd(printNumber: (x: number) => void): Promise<void> {}
}
