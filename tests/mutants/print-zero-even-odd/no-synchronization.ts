// expect: violation
// Bug: nothing orders the three tasks. With no await anywhere, whichever task starts first prints all of its
// numbers in one go: zero() first gives "00…", and even for n = 1 odd() starting first prints "1" before "0".
export class ZeroEvenOdd {
  constructor(private readonly n: number) {}

  async zero(printNumber: (x: number) => void): Promise<void> {
    for (let i = 1; i <= this.n; i++) printNumber(0);
  }

  async even(printNumber: (x: number) => void): Promise<void> {
    for (let i = 2; i <= this.n; i += 2) printNumber(i);
  }

  async odd(printNumber: (x: number) => void): Promise<void> {
    for (let i = 1; i <= this.n; i += 2) printNumber(i);
  }
}
